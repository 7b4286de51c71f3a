package org.homeward.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How a Latin name sounds, as Double Metaphone codes it: "Shevchenko" and "Schewtschenko", "Aleksey"
 * and "Alexei" code alike. Double Metaphone rather than Beider–Morse because a name has one short code
 * that fits an index column, where Beider–Morse gives a list of alternatives dozens of characters
 * long per name; the Russian and Ukrainian spellings it cannot join are joined before, by the two
 * transliterations and the table of given names, and the Ukrainian h for Г is coded as the Russian g.
 */
public final class Phonetic {

    // Eight letters keep "Oleksandr" apart from "Oleksii"; the default four would not.
    private static final int CODE_LENGTH = 8;

    private static final Remembered CODES = new Remembered(Phonetic::coded);

    private Phonetic() {
    }

    /** The code of a name's key (lower-case Latin); empty for an empty or null key. */
    public static String of(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return CODES.of(key);
    }

    private static String coded(String key) {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(CODE_LENGTH);
        String code = metaphone.doubleMetaphone(ukrainianHAsG(key.replace(" ", "")));
        return code == null ? "" : code;
    }

    /**
     * The Ukrainian Г is an h in the national Latin spelling and a g in the Russian one (Bohdan, Bogdan;
     * Hryhorenko, Grigorenko): an h that is not the second letter of kh, zh, sh or ch is coded as a g.
     */
    private static String ukrainianHAsG(String key) {
        StringBuilder sound = new StringBuilder(key);
        for (int i = 0; i < sound.length(); i++) {
            if (sound.charAt(i) == 'h' && (i == 0 || "kzsc".indexOf(sound.charAt(i - 1)) < 0)) {
                sound.setCharAt(i, 'g');
            }
        }
        return sound.toString();
    }
}
