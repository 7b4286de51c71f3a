package org.homeward.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scores and reasons of real pairs of entries, as one list and another would write one person or two. */
class ComparisonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate BORN = LocalDate.of(1988, 3, 7);

    private static Description person(String family, String given, String patronymic, LocalDate born, String precision) {
        return new Description(family, given, patronymic, List.of(), born, precision, null, "MALE", "OWN", List.of(), null);
    }

    private static Candidate compare(Description one, Description other) {
        return Comparison.of(1, MatchProfile.of(one, TODAY), MatchProfile.of(other, TODAY));
    }

    private static List<String> keys(Candidate candidate) {
        return candidate.reasons().stream().map(Reason::messageKey).toList();
    }

    @Test
    void theOtherSidesRussianListAndTheRegistryAgree() {
        Candidate candidate = compare(person("Шевченко", "Олексій", "Петрович", BORN, "EXACT"),
                person("Шевченко", "Алексей", "Петрович", BORN, "EXACT"));
        assertEquals(90, candidate.score());
        assertEquals(List.of("match.reason.family.same", "match.reason.given.form", "match.reason.patronymic.same",
                "match.reason.birth.same"), keys(candidate));
        assertEquals(List.of("Олексій"), candidate.reasons().get(1).arguments());
    }

    @Test
    void anIcrcNoteInLatinLettersAgreesAfterTransliteration() {
        Candidate candidate = compare(person("Шевченко", "Олексій", null, BORN, "EXACT"),
                person("Shevchenko", "Oleksii", null, BORN, "EXACT"));
        assertEquals(80, candidate.score());
        assertEquals(List.of("match.reason.family.transliterated", "match.reason.given.transliterated",
                "match.reason.birth.same"), keys(candidate));
    }

    @Test
    void swappedNamesAreFoundAndSaidSo() {
        Candidate candidate = compare(person("Шевченко", "Олексій", "Петрович", BORN, "EXACT"),
                person("Олексій", "Шевченко", "Петрович", BORN, "EXACT"));
        assertTrue(candidate.score() >= Threshold.LIKELY, "score " + candidate.score());
        assertEquals("match.reason.names.swapped", keys(candidate).get(0));
    }

    @Test
    void typosDayMonthSwapsAndAMissingPatronymicStillReachLikely() {
        Description registered = person("Коваленко", "Андрій", "Миколайович", BORN, "EXACT");
        Candidate typo = compare(registered, person("Ковалекно", "Андрій", "Миколайович", BORN, "EXACT"));
        assertTrue(keys(typo).contains("match.reason.family.typo"));
        assertTrue(typo.score() >= Threshold.LIKELY);
        Candidate swapped = compare(registered, person("Коваленко", "Андрей", "Николаевич", LocalDate.of(1988, 7, 3), "EXACT"));
        assertTrue(keys(swapped).contains("match.reason.birth.swapped"));
        assertTrue(swapped.score() >= Threshold.LIKELY);
        Candidate missing = compare(registered, person("Коваленко", "Андрій", null, BORN, "EXACT"));
        assertTrue(keys(missing).contains("match.reason.patronymic.missing"));
        assertTrue(missing.score() >= Threshold.LIKELY);
    }

    @Test
    void namesakesBornYearsApartWithAnotherFatherAreNotLikely() {
        Candidate candidate = compare(person("Коваленко", "Андрій", "Миколайович", BORN, "EXACT"),
                person("Коваленко", "Андрій", "Петрович", LocalDate.of(1971, 3, 7), "EXACT"));
        assertTrue(candidate.score() < Threshold.POSSIBLE, "score " + candidate.score());
        assertTrue(keys(candidate).containsAll(List.of("match.reason.patronymic.differs", "match.reason.birth.differs")));
    }

    @Test
    void anEstimatedAgeAgreesWithAYearOfBirthWithinIt() {
        Description estimated = new Description("Бойко", "Тарас", null, List.of(), null, "ESTIMATED", 38, "MALE", "OWN",
                List.of(), null);
        Candidate candidate = compare(estimated, person("Бойко", "Тарас", null, BORN, "EXACT"));
        assertTrue(keys(candidate).contains("match.reason.birth.withinEstimate"));
        assertEquals(Comparison.FAMILY_SAME + Comparison.GIVEN_SAME + Comparison.BORN_WITHIN_ESTIMATE, candidate.score());
    }

    @Test
    void equalNumbersWeighMoreThanNamesAndADifferentSexAgainst() {
        Description one = new Description("Мельник", "Ігор", null, List.of(), null, null, null, "MALE", "OWN",
                List.of("АВ 123456"), "ЗСУ-1234");
        Description other = new Description("Melnyk", "Ihor", null, List.of(), null, null, null, "MALE", "OWN",
                List.of("AB123456"), "зсу 1234");
        Candidate candidate = compare(one, other);
        assertEquals(100, candidate.score());
        assertTrue(keys(candidate).containsAll(List.of("match.reason.document.equal", "match.reason.service.equal")));
        Description woman = new Description("Мельник", "Ігор", null, List.of(), null, null, null, "FEMALE", "OWN",
                List.of(), null);
        assertTrue(compare(one, woman).score() < Threshold.POSSIBLE);
    }

    @Test
    void aPersonIsFoundUnderTheKeysOfEveryRewritingOfThem() {
        MatchProfile registered = MatchProfile.of(person("Шевченко", "Олексій", "Петрович", BORN, "EXACT"), TODAY);
        for (Description rewritten : List.of(
                person("Шевченко", "Алексей", "Петрович", BORN, "EXACT"),
                person("Shevchenko", "Oleksiy", null, BORN, "EXACT"),
                person("Олексій", "Шевченко", null, BORN, "EXACT"),
                person("Шевчнеко", "Олексій", null, BORN, "EXACT"),
                person("Шевченко", "Олексій", null, LocalDate.of(1988, 7, 3), "EXACT"),
                person("Шевченко", "Олексій", null, LocalDate.of(1989, 1, 1), "YEAR"),
                person("Шевченко", "Олексій", null, null, null))) {
            assertFalse(Collections.disjoint(BlockingKeys.stored(registered), BlockingKeys.probes(MatchProfile.of(rewritten, TODAY))),
                    rewritten.toString());
        }
    }

    @Test
    void typingSlipsAreCountedAsATypistMakesThem() {
        assertEquals(1, EditDistance.between("shevchenko", "shevhcenko"));
        assertEquals(1, EditDistance.between("bondarenko", "bondarnko"));
        assertTrue(EditDistance.typo("kovalenko", "kovalneko"));
        assertFalse(EditDistance.typo("ivan", "iryna"));
    }

    @Test
    void doubleMetaphoneHearsSpellingsAlike() {
        assertEquals(Phonetic.of("kovalov"), Phonetic.of("kovalyov"));
        assertEquals(Phonetic.of("aleksey"), Phonetic.of("alexei"));
        assertFalse(Phonetic.of("oleksandr").equals(Phonetic.of("oleksii")));
    }
}
