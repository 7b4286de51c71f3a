package org.homeward.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

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

    /**
     * The day written in {@code text} as year-month-day (ISO), or null with the problem added to
     * {@code errors}: not a date, or not a plausible one. Null without a problem when nothing was written.
     */
    public static LocalDate read(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            LocalDate day = LocalDate.parse(typed);
            if (holds(day)) {
                return day;
            }
            errors.add(refusal(field, typed));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "date.invalid", clip(typed)));
        }
        return null;
    }

    /** The field error for a day that does not {@link #holds hold}, in the words of the bundle. */
    public static FieldError refusal(String field, String typed) {
        return FieldError.of(field, "date.implausible", clip(typed), EARLIEST.toString(), LATEST.toString());
    }

    private static String clip(String typed) {
        return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
    }
}
