package org.homeward.matching;

import java.util.Locale;

/**
 * Document and service numbers as they are compared: without spaces, dashes, dots and slashes, upper
 * case, and the Cyrillic letters that look like Latin ones written as those (the "АВ 123456" typed
 * on a Ukrainian keyboard is the "AB123456" of an ICRC list). Other Cyrillic letters are
 * transliterated, so a number compares equal however its letters were typed.
 */
public final class IdentityNumbers {

    private IdentityNumbers() {
    }

    /** The number's key; empty for a number without letters or digits, and for null. */
    public static String key(String number) {
        if (number == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = Character.toUpperCase(number.charAt(i));
            char latin = lookAlike(c);
            if (latin != 0) {
                key.append(latin);
            } else if (c >= '\u0400' && c <= '\u04FF') {
                key.append(UkrainianTransliteration.latin(String.valueOf(c)).toUpperCase(Locale.ROOT));
            } else if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static char lookAlike(char c) {
        return switch (c) {
            case 'А' -> 'A';
            case 'В' -> 'B';
            case 'Е' -> 'E';
            case 'К' -> 'K';
            case 'М' -> 'M';
            case 'Н' -> 'H';
            case 'І' -> 'I';
            case 'О' -> 'O';
            case 'Р' -> 'P';
            case 'С' -> 'C';
            case 'Т' -> 'T';
            case 'У' -> 'Y';
            case 'Х' -> 'X';
            default -> 0;
        };
    }
}
