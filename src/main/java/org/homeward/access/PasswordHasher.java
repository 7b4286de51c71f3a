package org.homeward.access;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Argon2id with OWASP's first recommended parameters (19 MiB of memory, 2 passes, 1 lane): memory-hard,
 * so guessing a stolen hash on graphics cards is expensive, and every byte of a long password counts
 * (bcrypt, used before, reads only the first 72 bytes, about 36 Cyrillic characters). Hashes made with
 * bcrypt still sign in and are replaced at the next successful sign-in ({@link #needsUpgrade}).
 */
final class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;

    private static final Argon2PasswordEncoder ARGON2 =
            new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS);

    // Checked against when the username does not exist, so that the answer takes as long either way
    // and its timing does not tell whether a user exists.
    private static final String DECOY = ARGON2.encode("decoy-password-for-timing");

    private PasswordHasher() {
    }

    static String hash(String password) {
        return ARGON2.encode(password);
    }

    static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        if (isBcrypt(hash)) {
            try {
                return BCrypt.checkpw(password, hash);
            } catch (IllegalArgumentException tooLongOrMalformed) {
                return false;
            }
        }
        return ARGON2.matches(password, hash);
    }

    /** Whether a hash that just matched should be made again with the current algorithm and parameters. */
    static boolean needsUpgrade(String hash) {
        return isBcrypt(hash) || ARGON2.upgradeEncoding(hash);
    }

    static void spendTimeOfOneCheck(String password) {
        matches(password == null ? "" : password, DECOY);
    }

    private static boolean isBcrypt(String hash) {
        return hash.startsWith("$2");
    }
}
