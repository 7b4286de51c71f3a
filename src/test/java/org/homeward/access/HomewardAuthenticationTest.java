package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HomewardAuthenticationTest {

    private static String basic(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesUtf8CredentialsAndKeepsColonsInThePassword() {
        assertArrayEquals(new String[] {"o.koval", "пароль:з:двокрапками"},
                HomewardAuthentication.decodeBasic(basic("o.koval:пароль:з:двокрапками")).orElseThrow());
    }

    @Test
    void refusesWhatIsNotBasicCredentials() {
        assertTrue(HomewardAuthentication.decodeBasic("%%%not-base64").isEmpty());
        assertTrue(HomewardAuthentication.decodeBasic(basic("no-colon-here")).isEmpty());
    }
}
