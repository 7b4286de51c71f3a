package org.homeward.person;

/**
 * A detail of a record that merging two records of one person decides: the survivor keeps its own value
 * or takes the duplicate's. The other details stay the survivor's.
 */
public enum MergedField {
    FAMILY_NAME, GIVEN_NAME, PATRONYMIC, SEX, DATE_OF_BIRTH, PLACE_OF_BIRTH, CITIZENSHIP, MILITARY_RANK,
    MILITARY_UNIT, SERVICE_NUMBER;

    /** The field's value on that record as text, for comparing and showing side by side (null: none). */
    public String valueOf(Person person) {
        return switch (this) {
            case FAMILY_NAME -> person.getNames().getFamilyName();
            case GIVEN_NAME -> person.getNames().getGivenName();
            case PATRONYMIC -> person.getNames().getPatronymic();
            case SEX -> person.getOrigin().getSex() == null ? null : person.getOrigin().getSex().name();
            case DATE_OF_BIRTH -> birth(person.getBirth());
            case PLACE_OF_BIRTH -> person.getOrigin().getPlaceOfBirth();
            case CITIZENSHIP -> person.getOrigin().getCitizenship();
            case MILITARY_RANK -> person.getMilitary().getMilitaryRank();
            case MILITARY_UNIT -> person.getMilitary().getMilitaryUnit();
            case SERVICE_NUMBER -> person.getMilitary().getServiceNumber();
        };
    }

    private static String birth(DateOfBirth birth) {
        if (birth.getDateOfBirth() == null && birth.getEstimatedAge() == null) {
            return null;
        }
        String precision = birth.getDateOfBirthPrecision() == null ? "" : " (" + birth.getDateOfBirthPrecision() + ")";
        String date = birth.getDateOfBirth() == null ? "~" + birth.getEstimatedAge() : birth.getDateOfBirth().toString();
        return date + precision;
    }
}
