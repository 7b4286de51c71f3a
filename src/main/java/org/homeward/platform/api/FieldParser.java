package org.homeward.platform.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.platform.FieldError;
import org.homeward.platform.PlausibleDay;
import org.homeward.platform.Validation;

/** Reads text fields of a request as dates and choices, collecting every failure with its field. */
public final class FieldParser {

    private final List<FieldError> errors = new ArrayList<>();

    public LocalDate date(String field, String text) {
        return PlausibleDay.read(field, text, errors);
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "choice.unknown", clip(text),
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** A whole number between {@code min} and {@code max}, both included. */
    public Long number(String field, String text, long min, long max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        errors.add(FieldError.of(field, "number.invalid", clip(text), min, max));
        return null;
    }

    /** {@code true} or {@code false}, nothing else. */
    public Boolean yesNo(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(FieldError.of(field, "choice.unknown", clip(text), "true, false"));
                yield null;
            }
        };
    }

    public void rejectIfAnyFailed() {
        Validation.reject(errors);
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
