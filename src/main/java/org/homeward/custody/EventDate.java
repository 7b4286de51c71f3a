package org.homeward.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.homeward.person.DatePrecision;
import org.homeward.platform.FieldError;
import org.homeward.platform.Personal;

/**
 * When a custody event happened, as far as it is known: the day, or only the month or the year (a list
 * from the other side often gives no more). A month or a year is kept as its first day.
 */
@Embeddable
@Personal
public class EventDate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "event_day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_precision", nullable = false, length = 20)
    private DatePrecision precision;

    protected EventDate() {
    }

    private EventDate(LocalDate day, DatePrecision precision) {
        this.day = day;
        this.precision = precision;
    }

    /**
     * The date written in {@code text} (2014-06-12, 2014-06 or 2014) at {@code precision}, or the problems
     * with it, each naming its field: missing or no date; an estimated age (which dates no event); written
     * to more or less than its precision says (a precision not given is taken from what is written); in
     * the future (a month or a year from its first day).
     */
    static EventDate check(String text, DatePrecision precision, LocalDate today, List<FieldError> errors) {
        int before = errors.size();
        DatePrecision written = writtenTo(text);
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of("date", "custody.date.required"));
        } else if (written == null) {
            errors.add(FieldError.of("date", "custody.date.invalid", clip(text)));
        }
        if (precision == DatePrecision.ESTIMATED) {
            errors.add(FieldError.of("precision", "custody.precision.estimated"));
        } else if (precision != null && written != null && written != precision) {
            errors.add(FieldError.of("date", "custody.date.notAtPrecision", clip(text)));
        }
        LocalDate day = written == null ? null : firstDay(text);
        if (day != null && day.isAfter(today)) {
            errors.add(FieldError.of("date", "date.future"));
        } else if (day != null && !org.homeward.platform.PlausibleDay.holds(day)) {
            errors.add(org.homeward.platform.PlausibleDay.refusal("date", text.strip()));
        }
        return errors.size() > before ? null : new EventDate(day, written);
    }

    private static String clip(String text) {
        String typed = text.strip();
        return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
    }

    /** How much of a date its text says: 2014-06-12 the day, 2014-06 the month, 2014 the year; null if it is no date. */
    static DatePrecision writtenTo(String text) {
        if (text == null) {
            return null;
        }
        String date = text.strip();
        try {
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(date);
                return DatePrecision.EXACT;
            }
            if (date.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(date);
                return DatePrecision.MONTH;
            }
            if (date.matches("\\d{4}")) {
                Year.parse(date);
                return DatePrecision.YEAR;
            }
        } catch (DateTimeParseException notADate) {
            return null;
        }
        return null;
    }

    /** The first day of the date written as {@link #writtenTo} reads it. */
    static LocalDate firstDay(String text) {
        String date = text.strip();
        return switch (Objects.requireNonNull(writtenTo(date), "not a date")) {
            case MONTH -> YearMonth.parse(date).atDay(1);
            case YEAR -> Year.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    public LocalDate getDay() {
        return day;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    /** The date written as far as it is known: 2014-06-12, 2014-06 or 2014. */
    public String text() {
        return written(day, precision);
    }

    /** A day written to a precision: the whole day, its month (2014-06) or its year (2014). */
    public static String written(LocalDate day, DatePrecision precision) {
        return switch (precision) {
            case MONTH -> YearMonth.from(day).toString();
            case YEAR -> String.valueOf(day.getYear());
            default -> day.toString();
        };
    }

    /** As {@link #text()}: how the case history shows a change of it. */
    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventDate date && day.equals(date.day) && precision == date.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, precision);
    }
}
