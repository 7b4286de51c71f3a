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
}
