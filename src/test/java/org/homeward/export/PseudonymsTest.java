package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pseudonymous IDs: stable for one partner, different between partners, never the case id. */
class PseudonymsTest {

    private static byte[] key(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameCaseSamePartnerSameId() {
        assertEquals(new Pseudonyms(key("partner one key")).of(42), new Pseudonyms(key("partner one key")).of(42));
    }

    @Test
    void twoPartnersSeeDifferentIds() {
        assertNotEquals(new Pseudonyms(key("partner one key")).of(42), new Pseudonyms(key("partner two key")).of(42));
    }

    @Test
    void idsAreDistinctAndDoNotShowTheCaseId() {
        Pseudonyms pseudonyms = new Pseudonyms(key("partner one key"));
        Set<String> seen = new HashSet<>();
        for (long id = 1; id <= 100_000; id++) {
            String pseudonym = pseudonyms.of(id);
            assertTrue(pseudonym.matches("P[0-9A-F]{20}"), pseudonym);
            assertTrue(seen.add(pseudonym), "two cases share " + pseudonym);
        }
    }
}
