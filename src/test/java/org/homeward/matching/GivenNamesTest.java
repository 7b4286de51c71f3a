package org.homeward.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenNamesTest {

    private final GivenNames table = GivenNames.table();

    @Test
    void listsAtLeastThreeHundredPairs() {
        assertTrue(table.pairs() >= 300, "pairs: " + table.pairs());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // The Ukrainian form, and how the other side's lists and the ICRC write the same name.
            "Олексій | Алексей", "Олексій | Oleksii", "Олексій | Aleksey", "Олексій | Alexei", "Олексій | Oleksiy",
            "Микола | Николай", "Микола | Nikolay", "Микола | Mykola",
            "Андрій | Андрей", "Андрій | Andrey", "Андрій | Andrii",
            "Юрій | Юрий", "Юрій | Yuriy", "Юрій | Iurii",
            "Ганна | Анна", "Ганна | Anna", "Ганна | Hanna",
            "Олександр | Александр", "Олександр | Aleksandr",
            "Дмитро | Дмитрий", "Дмитро | Dmitriy",
            "Петро | Пётр", "Петро | Петр", "Петро | Pyotr",
            "Федір | Фёдор", "Федір | Fedor",
            "Катерина | Екатерина", "Катерина | Yekaterina",
            "Тетяна | Татьяна", "Тетяна | Tatyana",
            "Наталія | Наталья", "Наталія | Natalya",
            "Опанас | Афанасий", "Панас | Афанасий",
            "Євген | Евгений", "Ілля | Илья", "Ігор | Игорь", "Михайло | Михаил", "Світлана | Светлана",
            "Надія | Надежда", "Пилип | Филипп", "Хома | Фома", "Василь | Василий",
    })
    void russianFormsAndSpellingsAreOneName(String ukrainian, String other) {
        assertEquals(table.key(ukrainian), table.key(other));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "Олексій | Олександр", "Олександр | Олександра", "Іван | Іванна", "Ганна | Галина",
            "Юрій | Юлій", "Марина | Марія", "Михайло | Микола", "Максим | Мирослав",
    })
    void differentNamesStayApart(String one, String other) {
        assertNotEquals(table.key(one), table.key(other));
    }

    @Test
    void aNameTheTableDoesNotHaveIsItsOwnKey() {
        assertEquals("maksym", table.key("Максим"));
        assertEquals("tapas", table.key("Tapas"));
        assertNull(table.key("—"));
    }

    @Test
    void writesTheUkrainianFormForExplanations() {
        assertEquals("Олексій", table.ukrainian(table.key("Алексей")));
    }

    @Test
    void formsLinkedThroughASharedRussianFormAreOneName() {
        GivenNames linked = GivenNames.of(List.of(new String[] {"Опанас", "Афанасий"}, new String[] {"Панас", "Афанасий"}));
        assertEquals(linked.key("Опанас"), linked.key("Панас"));
        assertEquals("opanas", linked.key("Афанасий"));
    }
}
