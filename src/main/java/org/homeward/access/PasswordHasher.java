package org.homeward.access;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * bcrypt with cost 10 (about 70 ms a check on one core here): slow enough to make guessing a stolen
 * hash expensive, fast enough for HTTP Basic on every API request.
 */
final class PasswordHasher {

    static final int COST = 10;

    // Checked against when the username does not exist, so that the answer takes as long either way
    // and its timing does not tell whether a user exists.
    private static final String DECOY = BCrypt.hashpw("decoy-password-for-timing", BCrypt.gensalt(COST));

    private PasswordHasher() {
    }

    static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException tooLongOrMalformed) {
            return false;
        }
    }

    static void spendTimeOfOneCheck(String password) {
        matches(password == null ? "" : password, DECOY);
    }
}
