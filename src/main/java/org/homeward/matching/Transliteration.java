package org.homeward.matching;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The writing of Cyrillic text in Latin letters, letter by letter, under one transliteration system.
 * What every system shares lives here: which characters are Cyrillic, where a word begins, how the
 * case of a letter carries over, and the apostrophe inside a word; what a letter becomes is the
 * system's {@link Spelling}.
 */
final class Transliteration {

    /**
     * What an apostrophe inside a word is handed to a {@link Spelling} as the preceding letter: it
     * separates like the Russian hard sign, and the word goes on after it.
     */
    static final char APOSTROPHE = '\'';

    private Transliteration() {
    }

    /** One system's Latin spelling of single Cyrillic letters. */
    @FunctionalInterface
    interface Spelling {

        /**
         * The Latin spelling of a letter.
         *
         * @param letter   a lower-case Cyrillic letter
         * @param previous the lower-case letter before it in the same word, {@link #APOSTROPHE} after an
         *                 apostrophe inside the word, or 0 when the letter begins a word
         * @return the lower-case spelling, empty when the system does not write the letter, or null when
         *         the letter is not in the system's alphabet and stays as it is
         */
        String latin(char letter, char previous);
    }

    static String latin(String text, Spelling spelling) {
        if (text == null) {
            return null;
        }
        // A Й or Ї typed as a base letter and a combining mark is still one letter to the reader.
        String source = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!hasCyrillic(source)) {
            return source;
        }
        int length = source.length();
        StringBuilder latin = new StringBuilder(length + length / 4);
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = source.charAt(i);
            if (isApostrophe(c)) {
                if (insideCyrillicWord(source, i)) {
                    previous = APOSTROPHE;
                } else {
                    latin.append(c);
                    previous = 0;
                }
                continue;
            }
            char lower = Character.toLowerCase(c);
            String spelled = isCyrillic(c) ? spelling.latin(lower, previous) : null;
            if (spelled == null) {
                latin.append(c);
            } else if (c == lower || spelled.isEmpty()) {
                latin.append(spelled);
            } else if (spelled.length() == 1 || shouted(source, i)) {
                latin.append(spelled.toUpperCase(Locale.ROOT));
            } else {
                latin.append(Character.toUpperCase(spelled.charAt(0))).append(spelled, 1, spelled.length());
            }
            previous = Character.isLetter(c) ? lower : 0;
        }
        return latin.toString();
    }

    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /** The apostrophes Ukrainian is typed with: the typewriter one, the letter one (U+02BC) and the quote (U+2019). */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u02BC' || c == '\u2019';
    }

    private static boolean hasCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCyrillic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Between two Cyrillic letters an apostrophe is spelling; anywhere else it is a quote and stays. */
    private static boolean insideCyrillicWord(String text, int at) {
        return at > 0 && at + 1 < text.length()
                && isCyrillic(text.charAt(at - 1)) && isCyrillic(text.charAt(at + 1));
    }

    /**
     * Whether the upper-case letter at the index stands in an all-capitals word, so that "ШЕВЧЕНКО"
     * becomes "SHEVCHENKO" and "Щербухи" becomes "Shcherbukhy". The next letter decides; the last
     * letter of a word goes with the one before it, and a letter alone is a capital initial.
     */
    private static boolean shouted(String text, int at) {
        int next = neighbour(text, at, 1);
        if (next >= 0) {
            return Character.isUpperCase(text.charAt(next));
        }
        int before = neighbour(text, at, -1);
        return before >= 0 && Character.isUpperCase(text.charAt(before));
    }

    private static int neighbour(String text, int at, int step) {
        int i = at + step;
        while (i >= 0 && i < text.length() && isApostrophe(text.charAt(i))) {
            i += step;
        }
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i)) ? i : -1;
    }
}
