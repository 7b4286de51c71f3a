package org.homeward.export;

import java.util.function.IntFunction;

/**
 * What an aggregate export counts by. Each dimension is read from the database as a raw value (an SQL
 * expression over {@code person p}) and shown as a label; an age band is worked out from the year of
 * birth, a month from the registration date.
 */
public enum Dimension {
    STATUS("p.status", "#status", "status"),
    CATEGORY("p.category", "#x_category", "category"),
    SIDE("p.side", "#x_side", "side"),
    SEX("p.sex", "#x_sex", "sex"),
    AGE_BAND("extract(year from p.birth_date)", "#x_ageband", "age band"),
    OBLAST("p.oblast", "#adm1+name", "oblast"),
    ROUND(PersonColumns.LATEST_ROUND, "#event+name", "round"),
    MONTH("extract(year from p.registered_at) * 100 + extract(month from p.registered_at)", "#date+month", "month");

    /** Shown for a missing value (no date of birth, no oblast, never on a round). */
    public static final String UNKNOWN = "unknown";

    private final String sql;
    private final String hxl;
    private final String header;

    Dimension(String sql, String hxl, String header) {
        this.sql = sql;
        this.hxl = hxl;
        this.header = header;
    }

    String sql() {
        return sql;
    }

    public String hxl() {
        return hxl;
    }

    public String header() {
        return header;
    }

    /** The label of a raw value read from the database, in the year {@code thisYear}. */
    String label(Object raw, int thisYear) {
        if (raw == null) {
            return UNKNOWN;
        }
        return switch (this) {
            case AGE_BAND -> ageBand(thisYear - ((Number) raw).intValue());
            case MONTH -> month(((Number) raw).intValue());
            default -> raw.toString();
        };
    }

    /** The age bands of the product specification: 0–4, 5–11, 12–17, 18–25, 26–59, 60+. */
    static String ageBand(int age) {
        IntFunction<String> band = a -> a < 0 ? UNKNOWN : a <= 4 ? "0-4" : a <= 11 ? "5-11" : a <= 17 ? "12-17"
                : a <= 25 ? "18-25" : a <= 59 ? "26-59" : "60+";
        return band.apply(age);
    }

    private static String month(int yearMonth) {
        return String.format("%04d-%02d", yearMonth / 100, yearMonth % 100);
    }
}
