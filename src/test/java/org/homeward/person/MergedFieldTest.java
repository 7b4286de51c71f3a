package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merging a duplicate's values into the record that carries on, without a container. */
class MergedFieldTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static Person person(long number, String family, String given, String place, LocalDate born) {
        PersonDetails details = new PersonDetails();
        details.setCategory(Category.POW);
        details.setSide(Side.OWN);
        details.setOffice("KYIV");
        details.getNames().setFamilyName(family);
        details.getNames().setGivenName(given);
        details.getOrigin().setSex(Sex.MALE);
        details.getOrigin().setPlaceOfBirth(place);
        details.getBirth().setDateOfBirth(born);
        details.getBirth().setDateOfBirthPrecision(DatePrecision.EXACT);
        return PersonRows.person(details, Category.POW, 2026, number, NOW);
    }

    @Test
    void theChosenFieldsComeFromTheDuplicateAndTheRestStays() {
        Person survivor = person(1, "Шевченко", "Олексій", "Київ", LocalDate.of(1991, 4, 12));
        Person duplicate = person(2, "Шевченко", "Алексей", "Житомир", LocalDate.of(1991, 12, 4));

        survivor.takeOver(duplicate, EnumSet.of(MergedField.PLACE_OF_BIRTH, MergedField.DATE_OF_BIRTH), NOW);

        assertEquals("Житомир", MergedField.PLACE_OF_BIRTH.valueOf(survivor));
        assertEquals("1991-12-04 (EXACT)", MergedField.DATE_OF_BIRTH.valueOf(survivor));
        assertEquals("Олексій", survivor.getNames().getGivenName(), "not chosen: the survivor's own");
        assertTrue(survivor.getAliases().contains("Шевченко Алексей"), "still found under the duplicate's name");
    }

    @Test
    void aNameTakenBringsItsOwnLatinFormsAndTheOldNameIsAnAlias() {
        Person survivor = person(3, "Шевченко", "Алексей", null, null);
        Person duplicate = person(4, "Шевченко", "Олексій", null, null);

        survivor.takeOver(duplicate, Set.of(MergedField.GIVEN_NAME), NOW);

        assertEquals("Олексій", survivor.getNames().getGivenName());
        assertEquals("Oleksii", survivor.getNames().getLatinGivenName());
        assertEquals(Set.of(), survivor.getAliases(), "the duplicate's name is now the record's own");
    }

    @Test
    void everyFieldReadsAsTextAndAMissingOneAsNothing() {
        Person someone = person(5, "Коваль", null, null, null);
        for (MergedField field : MergedField.values()) {
            String value = field.valueOf(someone);
            assertTrue(value == null || !value.isBlank(), field + ": " + value);
        }
        assertEquals("MALE", MergedField.SEX.valueOf(someone));
        assertEquals(null, MergedField.DATE_OF_BIRTH.valueOf(someone));
    }
}
