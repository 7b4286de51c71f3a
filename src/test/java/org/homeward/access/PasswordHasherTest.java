package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

class PasswordHasherTest {

    private static final String LONG_CYRILLIC = "Щебече соловейко в лузі, а калина цвіте над рікою вечірньою тихо";

    @Test
    void newHashesAreArgon2idWithOwaspParameters() {
        String hash = PasswordHasher.hash("horse battery staple");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hash.length() <= 200, "fits the column: " + hash.length());
        assertTrue(PasswordHasher.matches("horse battery staple", hash));
        assertFalse(PasswordHasher.matches("horse battery staplE", hash));
        assertFalse(PasswordHasher.needsUpgrade(hash));
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        String prefix = LONG_CYRILLIC.substring(0, 36);
        String hash = PasswordHasher.hash(LONG_CYRILLIC);
        assertTrue(PasswordHasher.matches(LONG_CYRILLIC, hash));
        assertFalse(PasswordHasher.matches(prefix, hash), "bcrypt would have matched the 72-byte prefix");
        assertFalse(PasswordHasher.matches(LONG_CYRILLIC.substring(0, 63) + "а", hash));
    }

    @Test
    void aBcryptHashStillMatchesAndAsksToBeUpgraded() {
        String old = BCrypt.hashpw("horse battery staple", BCrypt.gensalt(10));
        assertTrue(PasswordHasher.matches("horse battery staple", old));
        assertFalse(PasswordHasher.matches("horse battery stapler", old));
        assertTrue(PasswordHasher.needsUpgrade(old));
        String upgraded = PasswordHasher.hash("horse battery staple");
        assertNotEquals(old, upgraded);
        assertFalse(PasswordHasher.needsUpgrade(upgraded));
    }

    @Test
    void weakerArgon2ParametersAskToBeUpgraded() {
        String weaker = new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 4096, 1)
                .encode("horse battery staple");
        assertTrue(PasswordHasher.matches("horse battery staple", weaker));
        assertTrue(PasswordHasher.needsUpgrade(weaker));
    }

    @Test
    void aCheckTakesTensOfMilliseconds() {
        String hash = PasswordHasher.hash("horse battery staple");
        PasswordHasher.matches("warm up the code", hash);
        long start = System.nanoTime();
        int checks = 10;
        for (int i = 0; i < checks; i++) {
            PasswordHasher.matches("horse battery staple", hash);
        }
        long millis = (System.nanoTime() - start) / 1_000_000 / checks;
        System.out.println("Argon2id m=19 MiB t=2 p=1: " + millis + " ms per check");
        assertTrue(millis < 1000, millis + " ms per check");
    }
}
