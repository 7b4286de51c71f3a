package org.homeward.platform;

import java.time.LocalDate;

/**
 * The days a date in Homeward can be: from 1900 (nobody in the registry was born earlier, and nothing it
 * records happened earlier) to 2199 (talks, exchanges and tasks are planned, but not centuries ahead).
 * A day outside is a typing slip (0000, a year of five digits, a minus sign), refused rather than stored.
 */
public final class PlausibleDay {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private PlausibleDay() {
    }

    public static boolean holds(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /** The field error for a day that does not {@link #holds hold}, in the words of the bundle. */
    public static FieldError refusal(String field, String typed) {
        return FieldError.of(field, "date.implausible", typed.length() > 40 ? typed.substring(0, 40) + "…" : typed,
                EARLIEST.toString(), LATEST.toString());
    }
}
