package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.homeward.access.Office;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private static Person person() {
        PersonDetails details = new PersonDetails();
        details.setCategory(Category.POW);
        details.setSide(Side.OWN);
        details.getNames().setFamilyName("Шевченко");
        details.getNames().setGivenName("Олексій");
        details.getNames().setPatronymic("Петрович");
        details.getOrigin().setSex(Sex.MALE);
        details.setAliases(List.of("Алексей"));
        Person person = new Person("POW-2026-000123", Category.POW, Side.OWN, details, new Office("KYIV", "Kyiv", false),
                null, Instant.parse("2026-03-02T10:00:00Z"));
        person.replaceDocuments(List.of(new IdentityDocument.Draft(DocumentType.PASSPORT, "ФК 123456", "UA")));
        return person;
    }

    @Test
    void aPersonIsFoundUnderEverySpellingOfTheirNames() {
        Set<String> terms = SearchTerms.of(person());

        assertTrue(terms.containsAll(List.of("shevchenko", "oleksii", "oleksiy", "petrovych", "aleksei", "aleksey",
                "pow-2026-000123", "fk123456")), terms.toString());
    }

    @Test
    void theSearchBoxIsReadTheSameWay() {
        assertEquals(Set.of("shevchenko"), SearchTerms.query("Шевченко"));
        assertEquals(Set.of("shevchenko"), SearchTerms.query("  SHEVCHENKO "));
        assertEquals(Set.of("shevchenko", "oleksii"), SearchTerms.query("Shevchenko, Oleksii"));
        assertEquals(Set.of("pow-2026-000123"), SearchTerms.query("pow-2026-000123"));
        assertEquals(Set.of("fk123456"), SearchTerms.query("ФК 123456"));
        assertEquals(Set.of(), SearchTerms.query("   "));
    }

    @Test
    void caseNumbersAreCategoryYearAndSixDigits() {
        assertEquals("CHILD-2026-000339", CaseNumbers.format(Category.CHILD, 2026, 339));
        assertEquals("POW-2027-1000000", CaseNumbers.format(Category.POW, 2027, 1_000_000));
    }
}
