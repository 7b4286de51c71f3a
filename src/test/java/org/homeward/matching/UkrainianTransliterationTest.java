package org.homeward.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkrainianTransliterationTest {

    /** The examples of the resolution's table and the rules it states beside them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Алушта, Alushta",
            "Андрій, Andrii",
            "Борщагівка, Borshchahivka",
            "Вінниця, Vinnytsia",
            "Гадяч, Hadiach",
            "Згорани, Zghorany",
            "Розгон, Rozghon",
            "Ґалаґан, Galagan",
            "Дмитро, Dmytro",
            "Єнакієве, Yenakiieve",
            "Житомир, Zhytomyr",
            "Закарпаття, Zakarpattia",
            "Іванків, Ivankiv",
            "Їжакевич, Yizhakevych",
            "Київ, Kyiv",
            "Йосипівка, Yosypivka",
            "Стрий, Stryi",
            "Олексій, Oleksii",
            "Лебедин, Lebedyn",
            "Миколаїв, Mykolaiv",
            "Харків, Kharkiv",
            "Біла Церква, Bila Tserkva",
            "Чернівці, Chernivtsi",
            "Шостка, Shostka",
            "Щербухи, Shcherbukhy",
            "Юрій, Yurii",
            "Юрій Рибчинський, Yurii Rybchynskyi",
            "Крюківка, Kriukivka",
            "Яготин, Yahotyn",
            "Троянда, Troianda",
            "Костянтин, Kostiantyn",
            "Феодосія, Feodosiia",
            "Шевченко, Shevchenko",
            "Ужгород, Uzhhorod",
            "Пиріг, Pyrih",
    })
    void writesTheNationalTable(String cyrillic, String latin) {
        assertEquals(latin, UkrainianTransliteration.latin(cyrillic));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Знам'янка", "Знамʼянка", "Знам’янка"})
    void writesNoApostropheOfAnyKind(String name) {
        assertEquals("Znamianka", UkrainianTransliteration.latin(name));
    }

    @Test
    void writesNoSoftSignAndGoesOnAfterAnApostropheInsideTheWord() {
        assertEquals("Koropie", UkrainianTransliteration.latin("Коропʼє"));
        assertEquals("Ushchellia", UkrainianTransliteration.latin("Ущелля"));
        assertEquals("Lviv", UkrainianTransliteration.latin("Львів"));
        assertEquals("Podillia", UkrainianTransliteration.latin("Поділля"));
    }

    @Test
    void anyNonLetterBeginsAWord() {
        assertEquals("Yurii-Yaroslav", UkrainianTransliteration.latin("Юрій-Ярослав"));
        assertEquals("Yaroslav Ivanovych", UkrainianTransliteration.latin("Ярослав Іванович"));
        assertEquals("(Yevhen)", UkrainianTransliteration.latin("(Євген)"));
        assertEquals("'Yahotyn'", UkrainianTransliteration.latin("'Яготин'"));
        assertEquals("1Yuliia", UkrainianTransliteration.latin("1Юлія"));
    }

    @Test
    void allCapitalsStayAllCapitals() {
        assertEquals("SHEVCHENKO", UkrainianTransliteration.latin("ШЕВЧЕНКО"));
        assertEquals("ZGHORANY", UkrainianTransliteration.latin("ЗГОРАНИ"));
        assertEquals("YURII RYBCHYNSKYI", UkrainianTransliteration.latin("ЮРІЙ РИБЧИНСЬКИЙ"));
        assertEquals("ZNAMIANKA", UkrainianTransliteration.latin("ЗНАМ'ЯНКА"));
        assertEquals("KOVALCH", UkrainianTransliteration.latin("КОВАЛЬЧ"));
    }

    @Test
    void aCapitalInitialIsCapitalisedOnlyInItsFirstLetter() {
        assertEquals("Shevchenko T. Sh.", UkrainianTransliteration.latin("Шевченко Т. Ш."));
        assertEquals("Yu. Zh.", UkrainianTransliteration.latin("Ю. Ж."));
    }

    @Test
    void lowerCaseStaysLowerCase() {
        assertEquals("yizhak ta shchuka", UkrainianTransliteration.latin("їжак та щука"));
    }

    @Test
    void leavesWhatIsNotCyrillicAsItIs() {
        assertEquals("Oleksii O'Brien-Smith 42", UkrainianTransliteration.latin("Oleksii O'Brien-Smith 42"));
        assertEquals("Kyiv, vul. Khreshchatyk 1", UkrainianTransliteration.latin("Київ, вул. Хрещатик 1"));
        assertEquals("Ivan O'Neil", UkrainianTransliteration.latin("Іван O'Neil"));
        assertEquals("", UkrainianTransliteration.latin(""));
    }

    @Test
    void readsLettersTypedWithCombiningMarks() {
        assertEquals("Yizhakevych", UkrainianTransliteration.latin("\u0406\u0308жакевич"));
        assertEquals("Andrii", UkrainianTransliteration.latin("Андрі\u0438\u0306"));
    }

    @Test
    void writesRussianOnlyLettersLikeTheUkrainianLettersOfTheSameSound() {
        assertEquals("Aleksei", UkrainianTransliteration.latin("Алексей"));
        assertEquals("Podiachev", UkrainianTransliteration.latin("Подъячев"));
        assertEquals("Ryzhykov Eduard", UkrainianTransliteration.latin("Рыжиков Эдуард"));
        assertEquals("Fiodor", UkrainianTransliteration.latin("Фёдор"));
    }

    @Test
    void nullIsNull() {
        assertNull(UkrainianTransliteration.latin(null));
    }
}
