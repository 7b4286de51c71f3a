package org.homeward.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How a Latin name sounds, as Double Metaphone codes it: "Shevchenko" and "Schewtschenko", "Aleksey"
 * and "Alexei" code alike. Double Metaphone rather than Beider–Morse because a name has one short code
 * that fits an index column, where Beider–Morse gives a list of alternatives dozens of characters
 * long per name; the Russian and Ukrainian spellings it cannot join are joined before, by the two
 * transliterations and the table of given names.
 */
public final class Phonetic {

    // Eight letters keep "Oleksandr" apart from "Oleksii"; the default four would not.
    private static final int CODE_LENGTH = 8;

    private Phonetic() {
    }

    /** The code of a name's key (lower-case Latin); empty for an empty or null key. */
    public static String of(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(CODE_LENGTH);
        String code = metaphone.doubleMetaphone(key.replace(" ", ""));
        return code == null ? "" : code;
    }
}
