package org.homeward.platform;

import java.util.List;

/**
 * Words a user typed into a note, a reason or a description: kept as typed (any script, emoji), but
 * bounded in length, and with no control characters other than line breaks and tabs, which would let
 * one line pretend to be two in an export or a log.
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text without surrounding blanks; null when nothing but blanks was typed. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Adds to {@code errors} what is wrong with the (cleaned) text of this field, if anything. */
    public static void check(String field, String text, int maxLength, List<FieldError> errors) {
        if (text == null) {
            return;
        }
        if (text.length() > maxLength) {
            errors.add(FieldError.of(field, "text.tooLong", maxLength));
        } else if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(FieldError.of(field, "text.controlCharacters"));
        }
    }
}
