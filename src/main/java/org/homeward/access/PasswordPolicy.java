package org.homeward.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.homeward.platform.FieldError;

/**
 * What a password must be: 12 to 128 characters of any script, not only spaces, no control characters,
 * not a word repeated (passwordpassword, aaaaaaaaaaaa), not one of the passwords seen in breaches or
 * that attackers try first, and not the username. Length beats composition rules (NIST SP 800-63B), so
 * there are none of those.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** In characters (code points) of any script; Argon2id reads every byte, unlike bcrypt's 72. */
    public static final int MAX_LENGTH = 128;

    private static final PasswordPolicy STANDARD = new PasswordPolicy(load("common-passwords.txt"),
            BreachedPasswords.load("breached-passwords.txt.gz"));

    private final Set<String> common;
    private final BreachedPasswords breached;

    PasswordPolicy(Set<String> common, BreachedPasswords breached) {
        this.common = common;
        this.breached = breached;
    }

    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** The problem with this password for this user, if there is one. */
    public Optional<FieldError> check(String field, String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(FieldError.of(field, "password.required"));
        }
        if (password.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            return Optional.of(FieldError.of(field, "password.controlCharacter"));
        }
        if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of(FieldError.of(field, "password.blank"));
        }
        int[] characters = password.codePoints().toArray();
        if (characters.length < MIN_LENGTH) {
            return Optional.of(FieldError.of(field, "password.tooShort", MIN_LENGTH));
        }
        if (characters.length > MAX_LENGTH) {
            return Optional.of(FieldError.of(field, "password.tooLong", MAX_LENGTH));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (username != null && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(FieldError.of(field, "password.containsUsername"));
        }
        if (isRepetition(folded.codePoints().toArray())) {
            return Optional.of(FieldError.of(field, "password.repeated"));
        }
        if (common.contains(folded) || breached.contains(folded)) {
            return Optional.of(FieldError.of(field, "password.common"));
        }
        return Optional.empty();
    }

    /**
     * Whether the password is one piece said at least twice over (passwordpassword, abcabcabcabc,
     * aaaaaaaaaaaa, also with the last piece cut short): its shortest period is at most half its length.
     * The period comes from the Knuth-Morris-Pratt failure function, in linear time.
     */
    static boolean isRepetition(int[] characters) {
        int n = characters.length;
        int[] border = new int[n];
        for (int i = 1, k = 0; i < n; i++) {
            while (k > 0 && characters[i] != characters[k]) {
                k = border[k - 1];
            }
            if (characters[i] == characters[k]) {
                k++;
            }
            border[i] = k;
        }
        int period = n - (n == 0 ? 0 : border[n - 1]);
        return n > 0 && 2 * period <= n;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing password list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
