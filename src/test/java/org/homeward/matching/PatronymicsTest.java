package org.homeward.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatronymicsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Олексійович | Алексеевич", "Олексіївна | Алексеевна", "Олексійович | Oleksiiovych",
            "Олексійович | Alekseyevich", "Петрович | Петрович", "Петрівна | Петровна",
            "Миколайович | Николаевич", "Миколаївна | Николаевна", "Юрійович | Юрьевич", "Юріївна | Юрьевна",
            "Андрійович | Андреевич", "Сергійович | Сергеевич", "Іванович | Иванович", "Іванівна | Ивановна",
            "Дмитрович | Дмитриевич", "Федорович | Фёдорович", "Васильович | Васильевич",
            "Ілліч | Ильич", "Григорович | Григорьевич", "Павлович | Павлович", "Якович | Яковлевич",
            "Богданович | Bohdanovych", "Тарасович | Tarasovich",
    })
    void ukrainianAndRussianFormsNameOneFather(String one, String other) {
        assertFalse(Collections.disjoint(Patronymics.fathers(one), Patronymics.fathers(other)),
                Patronymics.fathers(one) + " / " + Patronymics.fathers(other));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "Олексійович | Олександрович", "Петрович | Павлович", "Іванович | Ігорович", "Миколайович | Михайлович",
    })
    void differentFathersStayApart(String one, String other) {
        assertTrue(Collections.disjoint(Patronymics.fathers(one), Patronymics.fathers(other)));
    }

    @Test
    void noPatronymicNamesNoFather() {
        assertTrue(Patronymics.fathers(null).isEmpty());
        assertTrue(Patronymics.fathers("").isEmpty());
        assertTrue(Patronymics.fathers(" ").equals(Set.of()));
    }
}
