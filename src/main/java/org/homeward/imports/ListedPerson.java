package org.homeward.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.person.Category;
import org.homeward.person.DatePrecision;
import org.homeward.person.PersonDetails;
import org.homeward.person.Sex;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;

/**
 * One row of a list as the registration form it would fill: the cells the mapping names, read as the
 * form's values, and the problems of cells that are no value at all (a date that does not exist, a sex
 * that is neither). Everything else is judged by the registration form's own rules afterwards.
 */
public final class ListedPerson {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})|(\\d{1,2})[./](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final Map<String, Sex> SEXES = Map.ofEntries(
            Map.entry("m", Sex.MALE), Map.entry("male", Sex.MALE), Map.entry("ч", Sex.MALE), Map.entry("чол", Sex.MALE),
            Map.entry("чоловіча", Sex.MALE), Map.entry("м", Sex.MALE), Map.entry("муж", Sex.MALE), Map.entry("мужской", Sex.MALE),
            Map.entry("f", Sex.FEMALE), Map.entry("female", Sex.FEMALE), Map.entry("ж", Sex.FEMALE), Map.entry("жін", Sex.FEMALE),
            Map.entry("жіноча", Sex.FEMALE), Map.entry("жен", Sex.FEMALE), Map.entry("женский", Sex.FEMALE),
            Map.entry("u", Sex.UNKNOWN), Map.entry("unknown", Sex.UNKNOWN));

    private ListedPerson() {
    }

    /**
     * The form a row fills, with {@code defaults} for what the list does not say (category, side,
     * office); problems of cells that are no value go to {@code problems}.
     */
    public static PersonDetails read(List<String> cells, int headerCells, ColumnMapping mapping, ImportDefaults defaults,
            List<FieldError> problems) {
        if (cells.size() > headerCells) {
            problems.add(FieldError.of("row", "import.row.tooManyCells", cells.size(), headerCells));
        }
        PersonDetails details = new PersonDetails();
        details.setOffice(defaults.office());
        details.setCategory(defaults.category());
        details.setSide(defaults.side());
        details.getNames().setFamilyName(mapping.cell(ImportField.FAMILY_NAME, cells));
        details.getNames().setGivenName(mapping.cell(ImportField.GIVEN_NAME, cells));
        details.getNames().setPatronymic(mapping.cell(ImportField.PATRONYMIC, cells));
        details.getOrigin().setPlaceOfBirth(mapping.cell(ImportField.PLACE_OF_BIRTH, cells));
        details.getMilitary().setServiceNumber(mapping.cell(ImportField.SERVICE_NUMBER, cells));
        details.getMilitary().setMilitaryRank(mapping.cell(ImportField.MILITARY_RANK, cells));
        details.getMilitary().setMilitaryUnit(mapping.cell(ImportField.MILITARY_UNIT, cells));
        read(mapping.cell(ImportField.SEX, cells), "sex", text -> SEXES.get(text.toLowerCase(Locale.ROOT).replace(".", "")),
                details.getOrigin()::setSex, problems);
        read(mapping.cell(ImportField.CATEGORY, cells), "category", text -> known(Category.class, text), details::setCategory, problems);
        read(mapping.cell(ImportField.SIDE, cells), "side", text -> known(Side.class, text), details::setSide, problems);
        String born = mapping.cell(ImportField.DATE_OF_BIRTH, cells);
        if (born != null) {
            birth(born, details, problems);
        }
        return details;
    }

    private static <T> void read(String text, String field, java.util.function.Function<String, T> reader, Consumer<T> into,
            List<FieldError> problems) {
        if (text == null) {
            return;
        }
        T value = reader.apply(text);
        if (value == null) {
            problems.add(FieldError.of(field, "import.value.unknown", text));
        } else {
            into.accept(value);
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 1990-04-12 and 12.04.1990 (a day), 1990-04 and 04.1990 (a month), 1990 (a year). */
    private static void birth(String text, PersonDetails details, List<FieldError> problems) {
        try {
            Matcher iso = ISO.matcher(text);
            Matcher dotted = DOTTED.matcher(text);
            Matcher month = MONTH.matcher(text);
            if (iso.matches()) {
                set(details, LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)), DatePrecision.EXACT);
            } else if (dotted.matches()) {
                set(details, LocalDate.of(number(dotted, 3), number(dotted, 2), number(dotted, 1)), DatePrecision.EXACT);
            } else if (month.matches()) {
                YearMonth yearMonth = month.group(1) != null ? YearMonth.of(number(month, 1), number(month, 2))
                        : YearMonth.of(number(month, 4), number(month, 3));
                set(details, yearMonth.atDay(1), DatePrecision.MONTH);
            } else if (YEAR.matcher(text).matches()) {
                set(details, LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
            } else {
                problems.add(FieldError.of("dateOfBirth", "import.date.unreadable", text));
            }
        } catch (DateTimeException e) {
            problems.add(FieldError.of("dateOfBirth", "import.date.impossible", text));
        }
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static void set(PersonDetails details, LocalDate date, DatePrecision precision) {
        details.getBirth().setDateOfBirth(date);
        details.getBirth().setDateOfBirthPrecision(precision);
    }
}
