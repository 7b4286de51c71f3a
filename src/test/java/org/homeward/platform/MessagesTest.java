package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages say everything: a text missing in one shows as ???key??? to its readers. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/org/homeward/i18n/" + name),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }

    @Test
    void englishAndUkrainianHaveTheSameTexts() throws IOException {
        assertSameKeys("messages");
    }

    @Test
    void facesOwnMessagesAreInBothLanguages() throws IOException {
        assertSameKeys("faces");
    }

    private static void assertSameKeys(String bundle) throws IOException {
        TreeSet<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
        TreeSet<String> ukrainian = new TreeSet<>(load(bundle + "_uk.properties").stringPropertyNames());
        TreeSet<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(ukrainian);
        TreeSet<String> onlyUkrainian = new TreeSet<>(ukrainian);
        onlyUkrainian.removeAll(english);
        assertEquals("", String.join(", ", onlyEnglish), "missing in Ukrainian");
        assertEquals("", String.join(", ", onlyUkrainian), "missing in English");
    }

    @Test
    void aMessageWithArgumentsIsFormattedInTheUsersLanguage() {
        assertEquals("POW-2026-000001 is already on this round.",
                Messages.in(java.util.Locale.ENGLISH).get("round.nominate.already", "POW-2026-000001"));
        assertEquals("POW-2026-000001 вже в цьому раунді.",
                Messages.in(Locale.forLanguageTag("uk")).get("round.nominate.already", "POW-2026-000001"));
    }
}
