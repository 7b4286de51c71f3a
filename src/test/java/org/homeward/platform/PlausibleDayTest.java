package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.homeward.platform.api.FieldParser;
import org.junit.jupiter.api.Test;

class PlausibleDayTest {

    @Test
    void from1900To2199() {
        assertTrue(PlausibleDay.holds(LocalDate.of(1900, 1, 1)));
        assertTrue(PlausibleDay.holds(LocalDate.of(2199, 12, 31)));
        assertFalse(PlausibleDay.holds(LocalDate.of(1899, 12, 31)));
        assertFalse(PlausibleDay.holds(LocalDate.of(0, 1, 1)));
        assertFalse(PlausibleDay.holds(LocalDate.of(-1, 1, 1)));
        assertFalse(PlausibleDay.holds(LocalDate.of(2200, 1, 1)));
    }

    @Test
    void theApiRefusesAnImplausibleDayNamingTheFieldAndTheRange() {
        for (String typed : new String[] {"0000-01-01", "-0001-01-01", "+12026-01-01", "1899-12-31"}) {
            FieldParser parser = new FieldParser();
            assertNull(parser.date("dateOfBirth", typed));
            InvalidInput refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, parser::rejectIfAnyFailed);
            assertEquals(PlausibleDay.refusal("dateOfBirth", typed), refused.errors().get(0));
            assertTrue(Messages.in(java.util.Locale.ENGLISH).get(refused.errors().get(0)).contains("1900-01-01"));
        }
        FieldParser parser = new FieldParser();
        assertEquals(LocalDate.of(1998, 4, 12), parser.date("dateOfBirth", "1998-04-12"));
        parser.rejectIfAnyFailed();
    }
}
