package org.homeward.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Credentials this server checked in full (Argon2id) a moment ago. Scripts using the API send HTTP Basic with
 * every request; without this each request would cost a full password check (and a sign-in entry in the
 * access log). An entry is a SHA-256 digest of username, password and the stored hash, so a changed
 * password or a reset never matches an old entry, and the password itself is never kept. Per node,
 * and only a shortcut: every request still checks that the account is active and not locked.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int CAPACITY = 10_000;

    private final Map<String, Instant> verifiedAt = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized boolean recentlyVerified(String username, String password, String storedHash, Instant now) {
        Instant at = verifiedAt.get(key(username, password, storedHash));
        return at != null && at.plus(LIFETIME).isAfter(now);
    }

    synchronized void remember(String username, String password, String storedHash, Instant now) {
        verifiedAt.put(key(username, password, storedHash), now);
    }

    private static String key(String username, String password, String storedHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(username.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
