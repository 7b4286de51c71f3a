package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainAnchorTest {

    private static final String SEAL = "0123456789abcdef".repeat(4);

    @Test
    void readsWhatItWrites() {
        ChainAnchor anchor = new ChainAnchor("access", 1234, SEAL);
        assertEquals("access:1234:" + SEAL, anchor.toString());
        assertEquals(Optional.of(anchor), ChainAnchor.parse(anchor.toString()));
        assertEquals(Optional.of(new ChainAnchor("revisions", 7, SEAL)), ChainAnchor.parse(" revisions:7:" + SEAL + "\n"));
    }

    @Test
    void refusesWhatIsNotAnAnchor() {
        for (String text : new String[] {null, "", "access:12", "access:12:" + SEAL.substring(1), "people:1:" + SEAL,
                "access:-1:" + SEAL, "access:1:" + SEAL.toUpperCase(), "access:1:" + SEAL + ":more",
                "access:1234567890123456789:" + SEAL}) {
            assertTrue(ChainAnchor.parse(text).isEmpty(), String.valueOf(text));
        }
    }
}
