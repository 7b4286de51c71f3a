package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    private static List<FieldError> check(String text) {
        List<FieldError> errors = new ArrayList<>();
        FreeText.check("note", text, 1000, errors);
        return errors;
    }

    @Test
    void directionOverridesIsolatesAndZeroWidthCharactersAreRefusedWithTheField() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x0000, 0x0007, 0x001B}) {
            String text = "paid " + Character.toString(c) + "0001";
            assertEquals(List.of(FieldError.of("note", "text.controlCharacters")), check(text), Integer.toHexString(c));
            assertFalse(FreeText.allowed(text, false), Integer.toHexString(c));
        }
    }

    @Test
    void lineBreaksAndTabsOnlyWhereTextHasLines() {
        assertTrue(check("two\nlines\r\nand\ta tab").isEmpty());
        assertFalse(FreeText.allowed("Шевч\nенко", false));
        assertTrue(FreeText.allowed("Шевченко Ґанна-Їжак 🙂 O'Brien", false));
    }

    @Test
    void textIsStoredComposed() {
        String decomposed = "Андрі\u0438\u0306";
        assertEquals("Андрій", FreeText.clean("  " + decomposed + " "));
        assertEquals("Zoë", FreeText.clean("Zoe\u0308"));
    }
}
