package org.homeward.matching;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What of a description is compared when looking for the same person: the Latin keys and sounds of
 * the family name, the given name as the name it is a form of, the father's name the patronymic says,
 * the date of birth as the span of years it allows, sex, and the numbers. Aliases add family and given
 * names of their own.
 *
 * @param families     Latin keys of the family name under both systems, and of the aliases' words
 * @param givens       keys of the given names (GivenNames) of the given name and the aliases' words
 * @param given        the key of the given name proper, null when none was given
 * @param givenSpellings Latin keys of the given name as written, under both systems
 * @param fathers      what the patronymic says the father was called (Patronymics)
 * @param birth        the date of birth; for a month or year precision, its first day
 * @param precision    EXACT, MONTH, YEAR, ESTIMATED, or null when nothing is known
 * @param firstYear    the earliest year of birth the description allows, 0 when unknown
 * @param lastYear     the latest year of birth the description allows, 0 when unknown
 */
public record MatchProfile(String familyWritten, String givenWritten, Set<String> families, Set<String> familySounds,
        Set<String> givens, String given, Set<String> givenSpellings, Set<String> fathers, LocalDate birth, String precision, int firstYear,
        int lastYear, String sex, Set<String> documents, String service) {

    /** An estimated age is an estimate: a year either side of it counts as within it. */
    static final int ESTIMATE_SPREAD = 1;

    /** The profile of a description; an estimated age is counted back from today. */
    public static MatchProfile of(Description who, LocalDate today) {
        GivenNames table = GivenNames.table();
        Set<String> families = new LinkedHashSet<>(SearchKey.variants(who.familyName()));
        String given = table.key(who.givenName());
        Set<String> givens = new LinkedHashSet<>();
        if (given != null) {
            givens.add(given);
        }
        for (String alias : who.aliases()) {
            for (String variant : SearchKey.variants(alias)) {
                for (String word : variant.split(" ")) {
                    families.add(word);
                    String aliasGiven = table.key(word);
                    if (aliasGiven != null) {
                        givens.add(aliasGiven);
                    }
                }
            }
        }
        families.removeIf(String::isEmpty);
        Set<String> sounds = new LinkedHashSet<>();
        families.forEach(family -> sounds.add(Phonetic.of(family)));
        int firstYear = 0;
        int lastYear = 0;
        if ("ESTIMATED".equals(who.birthPrecision()) && who.estimatedAge() != null) {
            int year = today.getYear() - who.estimatedAge();
            firstYear = year - ESTIMATE_SPREAD - 1;
            lastYear = year + ESTIMATE_SPREAD;
        } else if (who.birthDate() != null) {
            firstYear = who.birthDate().getYear();
            lastYear = firstYear;
        }
        Set<String> documents = new LinkedHashSet<>();
        who.documentNumbers().forEach(number -> documents.add(IdentityNumbers.key(number)));
        documents.remove("");
        String service = IdentityNumbers.key(who.serviceNumber());
        return new MatchProfile(who.familyName(), who.givenName(), Set.copyOf(families), Set.copyOf(sounds),
                Set.copyOf(givens), given, SearchKey.variants(who.givenName()), Patronymics.fathers(who.patronymic()),
                "ESTIMATED".equals(who.birthPrecision()) ? null : who.birthDate(),
                who.birthDate() == null && firstYear == 0 ? null : who.birthPrecision(), firstYear, lastYear,
                who.sex(), Set.copyOf(documents), service.isEmpty() ? null : service);
    }

    /** The years of birth the description allows, none when it says nothing of the birth. */
    public List<Integer> years() {
        if (firstYear == 0) {
            return List.of();
        }
        return java.util.stream.IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }
}
