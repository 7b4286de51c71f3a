package org.homeward.imports;

import java.util.List;
import java.util.Locale;

/**
 * A field of the registration form a list's column can fill, with the headers lists write it under in
 * English, Ukrainian and Russian (compared without case, spaces and punctuation).
 */
public enum ImportField {
    FAMILY_NAME("familyName", true, "family name", "surname", "last name", "прізвище", "фамилия"),
    GIVEN_NAME("givenName", false, "given name", "first name", "name", "ім'я", "имя"),
    PATRONYMIC("patronymic", false, "patronymic", "middle name", "по батькові", "отчество"),
    SEX("sex", true, "sex", "gender", "стать", "пол"),
    DATE_OF_BIRTH("dateOfBirth", false, "date of birth", "birth date", "born", "dob", "дата народження", "дата рождения"),
    PLACE_OF_BIRTH("placeOfBirth", false, "place of birth", "birthplace", "місце народження", "место рождения"),
    CATEGORY("category", false, "category", "категорія", "категория"),
    SIDE("side", false, "side", "сторона"),
    SERVICE_NUMBER("serviceNumber", false, "service number", "military id", "особистий номер", "личный номер"),
    MILITARY_RANK("militaryRank", false, "rank", "military rank", "звання", "звание"),
    MILITARY_UNIT("militaryUnit", false, "unit", "military unit", "військова частина", "воинская часть");

    private final String field;
    private final boolean required;
    private final List<String> headers;

    ImportField(String field, boolean required, String... headers) {
        this.field = field;
        this.required = required;
        this.headers = List.of(headers).stream().map(ImportField::key).toList();
    }

    /** The field's name as the form and the API know it ("familyName"). */
    public String field() {
        return field;
    }

    /** A list without a column for it cannot be imported. */
    public boolean required() {
        return required;
    }

    boolean isWrittenAs(String header) {
        return headers.contains(key(header));
    }

    /** The field of that API name, or null. */
    public static ImportField named(String field) {
        for (ImportField candidate : values()) {
            if (candidate.field.equals(field)) {
                return candidate;
            }
        }
        return null;
    }

    /** A header as compared: lower case, letters and digits only ("Дата народження:" as "датанародження"). */
    static String key(String header) {
        StringBuilder key = new StringBuilder();
        header.strip().toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
