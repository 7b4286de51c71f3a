package org.homeward.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNumbersTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "АВ 123456 | AB123456",
            "AB-123456 | AB123456",
            "ab 123 456 | AB123456",
            "НК.045/11 | HK04511",
            "ЖЛ 000111 | ZHL000111",
            "'' | ''",
            "' - ' | ''",
    })
    void spacesDashesAndLookAlikesDoNotCount(String number, String key) {
        assertEquals(key, IdentityNumbers.key(number));
    }
}
