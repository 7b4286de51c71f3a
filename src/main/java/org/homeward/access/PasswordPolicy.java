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
 * What a password must be: at least 12 characters, not one of the passwords attackers try first, and
 * not the username. Length beats composition rules (NIST SP 800-63B), so there are none of those.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_UTF8_BYTES = 72;

    private static final PasswordPolicy STANDARD = new PasswordPolicy(load("common-passwords.txt"));

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** The problem with this password for this user, if there is one. */
    public Optional<FieldError> check(String field, String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(FieldError.of(field, "password.required"));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(FieldError.of(field, "password.tooShort", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            return Optional.of(FieldError.of(field, "password.tooLong", MAX_UTF8_BYTES));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (username != null && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(FieldError.of(field, "password.containsUsername"));
        }
        if (common.contains(folded)) {
            return Optional.of(FieldError.of(field, "password.common"));
        }
        return Optional.empty();
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
