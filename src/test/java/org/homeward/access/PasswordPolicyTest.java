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
    void refusesWhatBcryptWouldSilentlyCut() {
        assertEquals(Optional.of("password.tooLong"), problem("o.koval", "ї".repeat(37)));
    }

    @Test
    void namesTheFieldItChecked() {
        assertTrue(policy.check("temporaryPassword", "x", "short").map(e -> e.field().equals("temporaryPassword")).orElse(false));
    }
}
