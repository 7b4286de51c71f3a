package org.homeward.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The columns of the person-level exports: what each reads from the database, its header, and its HXL
 * hashtag (HXL 1.1 where a standard hashtag fits, {@code #x_} otherwise; the README lists them all).
 */
final class PersonColumns {

    /** The round the person was last put on (newest nomination), by name. */
    static final String LATEST_ROUND = "(select r.name from nomination n join exchange_round r on r.id = n.round_id"
            + " where n.person_id = p.id order by n.nominated_at desc, n.id desc fetch first 1 rows only)";

    /** One column: header, hashtag, and how its value is read from the row (1-based column index). */
    record Column(String header, String hxl, String sql, Reader reader) {
    }

    @FunctionalInterface
    interface Reader {
        Object read(ResultSet row, int index) throws SQLException;
    }

    private static final Reader TEXT = ResultSet::getString;
    private static final Reader NUMBER = (row, i) -> {
        long value = row.getLong(i);
        return row.wasNull() ? null : value;
    };
    /*
     * Dates and moments are read as the database's text and rewritten character by character when it is
     * in the expected form (on PostgreSQL the export's transaction reads in UTC): parsing each into
     * java.time objects was a good part of a large export's time. Anything else is parsed as before.
     */
    private static final Reader DATE = (row, i) -> {
        String text = row.getString(i);
        return text == null || isoDate(text) ? text : row.getObject(i, LocalDate.class);
    };
    private static final Reader DAY_OF_TIME = (row, i) -> {
        String text = row.getString(i);
        if (text == null) {
            return null;
        }
        if (utcMoment(text)) {
            return text.substring(0, 10);
        }
        return row.getObject(i, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    };
    private static final Reader TIME = (row, i) -> {
        String text = row.getString(i);
        if (text == null) {
            return null;
        }
        String iso = isoInstant(text);
        return iso != null ? iso : isoInstant(row.getObject(i, OffsetDateTime.class));
    };
    private static final Reader FLAG = (row, i) -> row.getBoolean(i);

    /** The pseudonymous ID is worked out from the case id, which itself is never written. */
    static final Column PSEUDONYM = new Column("pseudonymous id", "#x_pseudonym+id", "p.id", NUMBER);

    static final List<Column> PARTNER_MINIMAL = List.of(
            PSEUDONYM,
            new Column("family name (Latin)", "#x_name+family+i_latn", "p.latin_family_name", TEXT),
            new Column("given name (Latin)", "#x_name+given+i_latn", "p.latin_given_name", TEXT),
            new Column("patronymic (Latin)", "#x_name+patronymic+i_latn", "p.latin_patronymic", TEXT),
            new Column("family name", "#x_name+family", "p.family_name", TEXT),
            new Column("given name", "#x_name+given", "p.given_name", TEXT),
            new Column("patronymic", "#x_name+patronymic", "p.patronymic", TEXT),
            new Column("sex", "#x_sex", "p.sex", TEXT),
            new Column("year of birth", "#date+year+birth", "extract(year from p.birth_date)", NUMBER),
            new Column("category", "#x_category", "p.category", TEXT),
            new Column("status", "#status", "p.status", TEXT),
            new Column("oblast", "#adm1+name", "p.oblast", TEXT),
            new Column("round", "#event+name", LATEST_ROUND, TEXT),
            new Column("event date", "#date+occurred", "p.event_date", DATE),
            new Column("reported", "#date+reported", "p.registered_at", DAY_OF_TIME),
            new Column("updated", "#date+updated", "p.updated_at", DAY_OF_TIME));

    static final List<Column> FULL = List.of(
            new Column("case number", "#affected+id", "p.case_number", TEXT),
            new Column("category", "#x_category", "p.category", TEXT),
            new Column("side", "#x_side", "p.side", TEXT),
            new Column("status", "#status", "p.status", TEXT),
            new Column("family name", "#x_name+family", "p.family_name", TEXT),
            new Column("given name", "#x_name+given", "p.given_name", TEXT),
            new Column("patronymic", "#x_name+patronymic", "p.patronymic", TEXT),
            new Column("family name (Latin)", "#x_name+family+i_latn", "p.latin_family_name", TEXT),
            new Column("given name (Latin)", "#x_name+given+i_latn", "p.latin_given_name", TEXT),
            new Column("patronymic (Latin)", "#x_name+patronymic+i_latn", "p.latin_patronymic", TEXT),
            new Column("sex", "#x_sex", "p.sex", TEXT),
            new Column("date of birth", "#date+birth", "p.birth_date", DATE),
            new Column("oblast", "#adm1+name", "p.oblast", TEXT),
            new Column("office", "#org+code", "o.code", TEXT),
            new Column("assigned to", "#contact+code", "u.username", TEXT),
            new Column("restricted", "#x_restricted", "p.restricted", FLAG),
            new Column("round", "#event+name", LATEST_ROUND, TEXT),
            new Column("reported", "#date+reported", "p.registered_at", TIME),
            new Column("updated", "#date+updated", "p.updated_at", TIME));

    private PersonColumns() {
    }

    /**
     * The moment as {@code Instant.toString()} writes it ({@code 2026-03-02T14:10:00Z}, a fraction in
     * groups of three digits when there is one), built by hand: the formatter behind {@code toString} was a
     * tenth of the time of a million-row export.
     */
    static String isoInstant(OffsetDateTime at) {
        LocalDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return at.toInstant().toString();
        }
        char[] text = new char[30];
        int end = digits(text, 0, utc.getYear(), 4);
        text[end++] = '-';
        end = digits(text, end, utc.getMonthValue(), 2);
        text[end++] = '-';
        end = digits(text, end, utc.getDayOfMonth(), 2);
        text[end++] = 'T';
        end = digits(text, end, utc.getHour(), 2);
        text[end++] = ':';
        end = digits(text, end, utc.getMinute(), 2);
        text[end++] = ':';
        end = digits(text, end, utc.getSecond(), 2);
        int nano = utc.getNano();
        if (nano > 0) {
            text[end++] = '.';
            if (nano % 1_000_000 == 0) {
                end = digits(text, end, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                end = digits(text, end, nano / 1_000, 6);
            } else {
                end = digits(text, end, nano, 9);
            }
        }
        text[end++] = 'Z';
        return new String(text, 0, end);
    }

    /**
     * The moment in the database's text form ({@code 2026-03-02 14:10:00.12+00}: a four-digit year, a
     * fraction of up to nine digits, offset zero) as {@code Instant.toString()} writes it; null for any
     * other form.
     */
    static String isoInstant(String text) {
        if (!utcMoment(text)) {
            return null;
        }
        int fractionEnd = text.length() - 3;
        int digits = fractionEnd > 19 ? fractionEnd - 20 : 0;
        if (fractionEnd > 19 && (text.charAt(19) != '.' || digits > 9)) {
            return null;
        }
        int fractionEndTrimmed = fractionEnd;
        while (fractionEndTrimmed > 20 && text.charAt(fractionEndTrimmed - 1) == '0') {
            fractionEndTrimmed--;
        }
        int kept = fractionEndTrimmed - 20;
        char[] iso = new char[31];
        text.getChars(0, 19, iso, 0);
        iso[10] = 'T';
        int end = 19;
        if (digits > 0 && kept > 0) {
            iso[end++] = '.';
            text.getChars(20, fractionEndTrimmed, iso, end);
            end += kept;
            // Instant.toString writes the fraction in groups of three digits.
            for (int padded = (kept + 2) / 3 * 3; kept < padded; kept++) {
                iso[end++] = '0';
            }
        }
        iso[end++] = 'Z';
        return new String(iso, 0, end);
    }

    /** {@code yyyy-MM-dd hh:mm:ss[.f…]+00}, as PostgreSQL and H2 write a moment at offset zero. */
    private static boolean utcMoment(String text) {
        int length = text.length();
        return length >= 22 && text.charAt(10) == ' ' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(length - 3) == '+' && text.charAt(length - 2) == '0' && text.charAt(length - 1) == '0'
                && startsWithDate(text);
    }

    /** {@code yyyy-MM-dd}, as LocalDate.toString writes the years 0000 to 9999. */
    static boolean isoDate(String text) {
        return text.length() == 10 && startsWithDate(text);
    }

    private static boolean startsWithDate(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Writes the number with leading zeros into exactly {@code width} characters; the position after. */
    private static int digits(char[] text, int start, int number, int width) {
        int value = number;
        for (int i = start + width - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return start + width;
    }

    static List<Column> of(ExportProfile profile) {
        return switch (profile) {
            case PARTNER_MINIMAL -> PARTNER_MINIMAL;
            case FULL -> FULL;
            case AGGREGATE -> throw new IllegalArgumentException("an aggregate export has no person columns");
        };
    }
}
