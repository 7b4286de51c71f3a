package org.homeward.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameFormsTest {

    @Test
    void writesACyrillicNameByBothSystems() {
        assertEquals(new NameForms("Олексій Шевченко", "Oleksii Shevchenko", "Oleksiy Shevchenko"),
                NameForms.of("Олексій Шевченко"));
        assertEquals(new NameForms("Алексей", "Aleksei", "Aleksey"), NameForms.of("Алексей"));
    }

    @Test
    void aLatinNameIsTheSameInEveryForm() {
        assertEquals(new NameForms("Aleksey O'Neil", "Aleksey O'Neil", "Aleksey O'Neil"),
                NameForms.of("Aleksey O'Neil"));
    }

    @Test
    void nullIsNull() {
        assertNull(NameForms.of(null));
    }
}
