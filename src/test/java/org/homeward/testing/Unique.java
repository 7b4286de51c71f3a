package org.homeward.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Names no other test run has used, so that tests never collide and a rerun passes. */
public final class Unique {

    private Unique() {
    }

    /** A username like "t-k3x9f2a1" (lower-case, valid). */
    public static String username(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    /** An office code like "T_K3X9F2A1". */
    public static String officeCode() {
        return "T_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).toUpperCase();
    }

    /**
     * A Ukrainian-looking family name no other test run has used (the beginning, six random syllables,
     * the ending), so that the only people a name search or a match finds under it are the test's own.
     */
    public static String familyName(String beginning, String ending) {
        String consonants = "бвгджзклмнпрстфхцчш";
        StringBuilder name = new StringBuilder(beginning);
        for (int i = 0; i < 6; i++) {
            name.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
            name.append("аеиоуі".charAt(ThreadLocalRandom.current().nextInt(6)));
        }
        return name.append(ending).toString();
    }
}
