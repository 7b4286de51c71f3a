package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoubles() {
        for (int failures = 1; failures <= SignInThrottle.FREE_FAILURES; failures++) {
            assertEquals(Duration.ZERO, SignInThrottle.waitAfter(failures));
        }
        assertEquals(Duration.ofSeconds(1), SignInThrottle.waitAfter(6));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.waitAfter(7));
        assertEquals(Duration.ofSeconds(4), SignInThrottle.waitAfter(8));
        assertEquals(Duration.ofSeconds(512), SignInThrottle.waitAfter(15));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitAfter(16));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitAfter(10_000));
    }

    @Test
    void anAddressWaitsAfterItsSixthFailureInARow() {
        SignInThrottle throttle = new SignInThrottle("198.51.100.7");
        for (int i = 0; i < 5; i++) {
            throttle.failedAt(NOW);
        }
        assertEquals(0, throttle.secondsToWaitAt(NOW));
        throttle.failedAt(NOW);
        assertEquals(1, throttle.secondsToWaitAt(NOW));
        assertEquals(0, throttle.secondsToWaitAt(NOW.plusSeconds(1)));
        throttle.failedAt(NOW.plusSeconds(1));
        assertEquals(2, throttle.secondsToWaitAt(NOW.plusSeconds(1)));
        assertEquals(1, throttle.secondsToWaitAt(NOW.plusMillis(2500)));
    }

    @Test
    void quietMinutesForgetTheFailures() {
        SignInThrottle throttle = new SignInThrottle("198.51.100.8");
        for (int i = 0; i < 10; i++) {
            throttle.failedAt(NOW);
        }
        Instant later = NOW.plus(SignInThrottle.FORGOTTEN_AFTER).plusSeconds(1);
        throttle.failedAt(later);
        assertEquals(1, throttle.getFailures());
        assertEquals(0, throttle.secondsToWaitAt(later));
    }
}
