package org.homeward.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianTransliterationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Алексей, Aleksey",
            "Шевченко, Shevchenko",
            "Юрий, Yuriy",
            "Екатерина, Yekaterina",
            "Щукин, Shchukin",
            "Хабаровск, Khabarovsk",
            "Подъячев, Podyachev",
            "Азов, Azov",
            "Барнаул, Barnaul",
            "Владимир, Vladimir",
            "Грозный, Groznyy",
            "Дзержинский, Dzerzhinskiy",
            "Елизово, Yelizovo",
            "Чапаевск, Chapayevsk",
            "Мейеровка, Meyyerovka",
            "Юрьев, Yuryev",
            "Белкино, Belkino",
            "Жуков, Zhukov",
            "Ульяновск, Ulyanovsk",
            "Цимлянск, Tsimlyansk",
            "Электросталь, Elektrostal",
            "Ярославль, Yaroslavl",
    })
    void writesBgnPcgnInAscii(String cyrillic, String latin) {
        assertEquals(latin, RussianTransliteration.latin(cyrillic));
    }

    /** Ë loses its diaeresis, so Ё and the Е people type for it give the same spelling. */
    @Test
    void writesYoAsYeOrE() {
        assertEquals("Solovyev", RussianTransliteration.latin("Соловьёв"));
        assertEquals("Solovyev", RussianTransliteration.latin("Соловьев"));
        assertEquals("Fedor", RussianTransliteration.latin("Фёдор"));
        assertEquals("Yezhik", RussianTransliteration.latin("Ёжик"));
        assertEquals("Ozernyy", RussianTransliteration.latin("Озёрный"));
    }

    @Test
    void writesUkrainianLettersAsTheNearestRussianSound() {
        assertEquals("Oleksiy", RussianTransliteration.latin("Олексій"));
        assertEquals("Kyiv", RussianTransliteration.latin("Kyiv"));
        assertEquals("Kiyiv", RussianTransliteration.latin("Київ"));
        assertEquals("Yevgen Galagan", RussianTransliteration.latin("Євген Ґалаґан"));
        assertEquals("Znamyanka", RussianTransliteration.latin("Знам'янка"));
        assertEquals("Koropye", RussianTransliteration.latin("Коропʼє"));
    }

    @Test
    void keepsTheCaseOfTheWord() {
        assertEquals("SHCHUKIN", RussianTransliteration.latin("ЩУКИН"));
        assertEquals("YEKATERINA ALEKSEYEVNA", RussianTransliteration.latin("ЕКАТЕРИНА АЛЕКСЕЕВНА"));
        assertEquals("Shchukin Yu. A.", RussianTransliteration.latin("Щукин Ю. А."));
        assertEquals("shchuka", RussianTransliteration.latin("щука"));
    }

    @Test
    void leavesWhatIsNotCyrillicAsItIs() {
        assertEquals("Aleksey O'Neil, 1975", RussianTransliteration.latin("Алексей O'Neil, 1975"));
    }

    @Test
    void nullIsNull() {
        assertNull(RussianTransliteration.latin(null));
    }
}
