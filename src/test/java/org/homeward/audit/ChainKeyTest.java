package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the audit key comes from: configuration first, the demo key only in the demo, else none. */
class ChainKeyTest {

    @Test
    void theEnvironmentWins() {
        assertEquals(Optional.of("from-environment"), ChainKey.choose("from-environment", "from-property", true));
    }

    @Test
    void theSystemPropertyWhenTheEnvironmentHasNone() {
        assertEquals(Optional.of("from-property"), ChainKey.choose(null, "from-property", false));
        assertEquals(Optional.of("from-property"), ChainKey.choose("  ", "from-property", true));
    }

    @Test
    void aConfiguredKeyWinsOverTheDemoKey() {
        assertEquals(Optional.of("configured"), ChainKey.choose(null, "configured", true));
    }

    @Test
    void theDemoKeyOnlyWhenTheDemoIsOnAndNoneIsConfigured() {
        assertEquals(Optional.of(ChainKey.DEMO_KEY), ChainKey.choose(null, null, true));
        assertEquals(Optional.of(ChainKey.DEMO_KEY), ChainKey.choose("", " ", true));
    }

    @Test
    void noKeyWithoutConfigurationOrDemo() {
        assertEquals(Optional.empty(), ChainKey.choose(null, null, false));
        assertEquals(Optional.empty(), ChainKey.choose("", "", false));
    }
}
