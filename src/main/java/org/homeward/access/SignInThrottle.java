package org.homeward.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Failed sign-ins from one client address in a row. The first few cost nothing (people mistype);
 * after that the address waits before its next try, twice as long after every further failure, up to
 * fifteen minutes. A waiting address is answered at once without its password being checked, so an
 * attack costs the server one read by key per request and no thread sleeps. Forgotten after fifteen
 * quiet minutes, or at a successful sign-in from the address. In the database: every node counts alike.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    /** Failures in a row an address may make without waiting. */
    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(15);

    @Id
    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SignInThrottle() {
    }

    SignInThrottle(String clientAddress) {
        this.clientAddress = Objects.requireNonNull(clientAddress, "client address is required");
    }

    /** How long to wait after this many failures in a row: nothing for the first few, then 1 s, 2 s, 4 s … */
    static Duration waitAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    void failedAt(Instant now) {
        if (lastFailureAt != null && lastFailureAt.plus(FORGOTTEN_AFTER).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        Duration wait = waitAfter(failures);
        blockedUntil = wait.isZero() ? null : now.plus(wait);
    }

    /** Whole seconds this address must still wait at {@code now}; 0 when it may try. */
    long secondsToWaitAt(Instant now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            return 0;
        }
        long millis = Duration.between(now, blockedUntil).toMillis();
        return (millis + 999) / 1000;
    }

    int getFailures() {
        return failures;
    }
}
