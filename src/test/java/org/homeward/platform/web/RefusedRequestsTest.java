package org.homeward.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefusedRequestsTest {

    private Instant now = Instant.parse("2026-11-29T12:00:00Z");
    private final RefusedRequests log = new RefusedRequests(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aBurstOfOneKindIsOneLine() {
        assertTrue(log.refused("view expired").isPresent());
        for (int i = 0; i < 500; i++) {
            now = now.plusMillis(10);
            assertEquals(Optional.empty(), log.refused("view expired"));
        }
    }

    @Test
    void theNextLineAfterTheQuietPeriodCountsWhatWasNotWritten() {
        log.refused("view expired");
        log.refused("view expired");
        log.refused("view expired");
        now = now.plus(Duration.ofSeconds(61));

        String line = log.refused("view expired").orElseThrow();

        assertTrue(line.contains("(view expired); 2 more since the last line"), line);
        assertEquals(Optional.empty(), log.refused("view expired"));
    }

    @Test
    void eachKindHasItsOwnLine() {
        assertTrue(log.refused("view expired").isPresent());
        assertTrue(log.refused("script nonce missing").isPresent());
        assertEquals(Optional.empty(), log.refused("script nonce missing"));
    }
}
