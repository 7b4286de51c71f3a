package org.homeward.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeyTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "Шевченко | shevchenko",
            "SHEVCHENKO | shevchenko",
            "ШЕВЧЕНКО | shevchenko",
            "Знам'янка | znamianka",
            "Знамʼянка | znamianka",
            "'  Біла   Церква  ' | bila tserkva",
            "Шевченко-Петренко, Ю. | shevchenko petrenko yu",
            "José Müller | jose muller",
            "Łukasz Strauß | lukasz strauss",
            "O'Brien | obrien",
            "O’Brien | obrien",
            "Квартира №5 | kvartyra 5",
            "'' | ''",
            "'---' | ''",
    })
    void normalisesAnySpelling(String text, String key) {
        assertEquals(key, SearchKey.of(text));
    }

    @Test
    void nullIsNull() {
        assertNull(SearchKey.of(null));
        assertEquals(Set.of(), SearchKey.variants(null));
    }

    @Test
    void everySpellingOfShevchenkoSharesAKey() {
        assertSharedKey(List.of("Шевченко", "Shevchenko", "shevchenko", "SHEVCHENKO", "ШЕВЧЕНКО"));
    }

    @Test
    void theUkrainianSpellingFindsTheUkrainianName() {
        assertSharedKey(List.of("Олексій", "Oleksii", "OLEKSII"));
    }

    @Test
    void theRussianSpellingFindsTheRussianName() {
        assertSharedKey(List.of("Алексей", "Aleksey", "ALEKSEY"));
        assertSharedKey(List.of("Соловьёв", "Соловьев", "Solovyev"));
    }

    @Test
    void variantsAreTheUkrainianKeyThenTheRussianKey() {
        assertEquals(List.of("yurii", "yuriy"), List.copyOf(SearchKey.variants("Юрій")));
        assertEquals(List.of("aleksei", "aleksey"), List.copyOf(SearchKey.variants("Алексей")));
        assertEquals(Set.of("shevchenko"), SearchKey.variants("Шевченко"));
        assertEquals(Set.of("aleksey"), SearchKey.variants("Aleksey"));
    }

    @Test
    void textWithoutLettersOrDigitsHasNoKeyToBeFoundBy() {
        assertTrue(SearchKey.variants(" - ").isEmpty());
    }

    @Test
    void differentNamesDoNotShareAKey() {
        Set<String> shared = new HashSet<>(SearchKey.variants("Шевченко"));
        shared.retainAll(SearchKey.variants("Шевчук"));
        assertTrue(shared.isEmpty());
    }

    @Test
    void variantsCannotBeChanged() {
        Set<String> keys = SearchKey.variants("Юрій");
        assertThrows(UnsupportedOperationException.class, () -> keys.add("other"));
    }

    private static void assertSharedKey(List<String> spellings) {
        Set<String> shared = new HashSet<>(SearchKey.variants(spellings.get(0)));
        for (String spelling : spellings) {
            shared.retainAll(SearchKey.variants(spelling));
        }
        assertFalse(shared.isEmpty(), () -> "no key shared by " + spellings);
    }
}
