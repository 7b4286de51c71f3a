package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionTimeoutTest {

    @AfterEach
    void clear() {
        System.clearProperty("homeward.session.idle-minutes");
    }

    @Test
    void thirtyMinutesUnlessConfigured() {
        assertEquals(Duration.ofMinutes(30), SessionTimeout.idle());
    }

    @Test
    void operatorsConfigureIt() {
        System.setProperty("homeward.session.idle-minutes", "10");
        assertEquals(Duration.ofMinutes(10), SessionTimeout.idle());
    }

    @Test
    void nonsenseFallsBackToTheDefault() {
        System.setProperty("homeward.session.idle-minutes", "forever");
        assertEquals(Duration.ofMinutes(30), SessionTimeout.idle());
        System.setProperty("homeward.session.idle-minutes", "-5");
        assertEquals(Duration.ofMinutes(30), SessionTimeout.idle());
    }
}
