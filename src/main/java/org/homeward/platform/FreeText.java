package org.homeward.platform;

import java.text.Normalizer;
import java.util.List;

/**
 * Words a user typed into a name, a note, a reason or a description: kept as typed (any script, emoji), but
 * bounded in length, composed (Unicode NFC, so that the same word typed on two keyboards is one word for
 * search and comparison), and with no character that changes what the text seems to say: control characters
 * other than line breaks and tabs (one line pretending to be two in an export or a log), direction overrides,
 * embeddings and isolates (a reversed "0001 paid" shown as "paid 1000"), and zero-width characters (two names
 * that look the same but are not). Zero-width joiners are used in some scripts, but not in those of the
 * registry, so they are refused as well.
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text without surrounding blanks, composed (NFC); null when nothing but blanks was typed. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** Adds to {@code errors} what is wrong with the (cleaned) text of this field, if anything. */
    public static void check(String field, String text, int maxLength, List<FieldError> errors) {
        if (text == null) {
            return;
        }
        if (text.length() > maxLength) {
            errors.add(FieldError.of(field, "text.tooLong", maxLength));
        } else if (!allowed(text, true)) {
            errors.add(FieldError.of(field, "text.controlCharacters"));
        }
    }

    /** Whether {@code text} is free of hidden characters; line breaks and tabs only where {@code lines} are allowed. */
    public static boolean allowed(String text, boolean lines) {
        return text.codePoints().noneMatch(c -> hidden(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')));
    }

    private static boolean hidden(int c) {
        return Character.isISOControl(c)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
    }
}
