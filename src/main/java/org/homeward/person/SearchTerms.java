package org.homeward.person;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.homeward.matching.SearchKey;

/**
 * The keys under which a person is found: every word of every name and alias in both Latin systems
 * (so Шевченко, Shevchenko and shevchenko meet), the case number, and the document numbers.
 */
final class SearchTerms {

    static final int MAX_TERM = 200;

    private SearchTerms() {
    }

    static Set<String> of(Person person) {
        Set<String> terms = new LinkedHashSet<>();
        Stream.concat(Stream.of(person.getNames().getFamilyName(), person.getNames().getGivenName(), person.getNames().getPatronymic(),
                                person.getNames().getLatinFamilyName(), person.getNames().getLatinGivenName(), person.getNames().getLatinPatronymic(),
                                person.getNames().getAltLatinFamilyName(), person.getNames().getAltLatinGivenName(), person.getNames().getAltLatinPatronymic(),
                                person.getNames().getFatherGivenName(), person.getNames().getMotherMaidenName()),
                        person.getAliases().stream())
                .forEach(name -> addWords(terms, name));
        terms.add(person.getCaseNumber().toLowerCase(Locale.ROOT));
        person.getDocuments().forEach(document -> terms.add(documentKey(document.getNumber())));
        terms.removeIf(term -> term.isEmpty() || term.length() > MAX_TERM);
        return terms;
    }

    /** What a search box text becomes: the words to look for, each a prefix of some term. */
    static Set<String> query(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        String trimmed = text.strip();
        if (trimmed.matches("(?i)(POW|CIVILIAN|CHILD|REMAINS)-\\d{4}-\\d+")) {
            words.add(trimmed.toLowerCase(Locale.ROOT));
            return words;
        }
        String key = SearchKey.of(trimmed);
        if (key != null) {
            for (String word : key.split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        String compact = trimmed.replaceAll("[\\s-]", "");
        if (compact.length() <= 24 && compact.chars().anyMatch(Character::isDigit)) {
            // "АА 123456" is one document number, not two words.
            words.clear();
            words.add(documentKey(trimmed));
        }
        return words;
    }

    /** A document number as a key: without spaces and hyphens, Cyrillic letters in Latin, lower case. */
    static String documentKey(String number) {
        String key = SearchKey.of(number.replaceAll("[\\s-]", ""));
        return key == null ? "" : key.replace(" ", "");
    }

    private static void addWords(Set<String> terms, String name) {
        if (name == null) {
            return;
        }
        for (String variant : SearchKey.variants(name)) {
            for (String word : variant.split(" ")) {
                if (!word.isEmpty()) {
                    terms.add(word);
                }
            }
        }
    }
}
