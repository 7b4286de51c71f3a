package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.homeward.platform.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    private Optional<String> problem(String username, String password) {
        return policy.check("newPassword", username, password).map(FieldError::messageKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"horse battery staple", "Кобзар-Тарас-1814", "correct-llama-17", "зелена липа цвіте"})
    void acceptsLongUncommonPasswords(String password) {
        assertEquals(Optional.empty(), problem("o.koval", password));
    }

    @ParameterizedTest
    @CsvSource({
            "'', password.required",
            "short, password.tooShort",
            "elevenchars, password.tooShort",
            "password1234, password.common",
            "PASSWORD1234, password.common",
            "qwertyuiop12, password.common",
            "homeward-demo, password.common",
            "o.koval-is-my-name, password.containsUsername",
            "my-O.KOVAL-password, password.containsUsername",
    })
    void refuses(String password, String reason) {
        assertEquals(Optional.of(reason), problem("o.koval", password));
    }

    @Test
    void countsCharactersNotBytes() {
        // 12 Cyrillic letters are 24 bytes in UTF-8 but 12 characters: long enough.
        assertEquals(Optional.empty(), problem("o.koval", "щастязавжди!"));
    }

    @Test
    void allowsSixtyFourCharactersOfAnyScript() {
        String cyrillic = "Щебече соловейко в лузі, а калина цвіте над рікою вечірньою тихо";
        assertEquals(64, cyrillic.codePointCount(0, cyrillic.length()));
        assertEquals(Optional.empty(), problem("o.koval", cyrillic));
        assertEquals(Optional.empty(), problem("o.koval", "ї".repeat(37) + " річка тече"));
    }

    @Test
    void refusesMoreThan128Characters() {
        String verse = "Тече вода з-під явора яром на долину, пишається над водою червона калина; ";
        String long128 = (verse + verse.toUpperCase(java.util.Locale.ROOT)).substring(0, 128);
        assertEquals(Optional.empty(), problem("o.koval", long128));
        assertEquals(Optional.of("password.tooLong"), problem("o.koval", long128 + "!"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u2003\u2003\u2003\u2003\u2003\u2003\u3000",
            "\t\t\t\t\t\t\t\t\t\t\t\t"})
    void refusesOnlySpaces(String password) {
        String reason = password.contains("\t") ? "password.controlCharacter" : "password.blank";
        assertEquals(Optional.of(reason), problem("o.koval", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"horse battery\u0000staple", "horse battery\nstaple", "horse\u007fbattery staple",
            "horse battery staple\r", "horse\u0085battery staple"})
    void refusesControlCharacters(String password) {
        assertEquals(Optional.of("password.controlCharacter"), problem("o.koval", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "PasswordPASSWORD", "aaaaaaaaaaaa", "abcabcabcabc", "abc1abc1abc1a",
            "соловейкосоловейко", "ЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯ", "hw!hw!hw!hw!hw!"})
    void refusesRepetitions(String password) {
        assertEquals(Optional.of("password.repeated"), problem("o.koval", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpasswordx", "sister-sisterhood", "aaaaaaaaaaab"})
    void allowsWhatOnlyStartsWithARepetition(String password) {
        assertEquals(Optional.empty(), problem("o.koval", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "qwertyuiopasdfghjkl", "1qaz2wsx3edc4rfv", "ILOVEYOUFOREVER", "123456789qwerty"})
    void refusesPasswordsKnownFromBreaches(String password) {
        assertEquals(Optional.of("password.common"), problem("o.koval", password));
    }

    @Test
    void theBreachedListIsLargeAndQuickToAsk() {
        BreachedPasswords list = BreachedPasswords.load("breached-passwords.txt.gz");
        assertTrue(list.size() > 900_000, "entries: " + list.size());
        long start = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            list.contains("not breached " + i);
        }
        long perCheckNanos = (System.nanoTime() - start) / 100_000;
        assertTrue(perCheckNanos < 50_000, perCheckNanos + " ns per check");
    }

    @Test
    void namesTheFieldItChecked() {
        assertTrue(policy.check("temporaryPassword", "x", "short").map(e -> e.field().equals("temporaryPassword")).orElse(false));
    }
}
