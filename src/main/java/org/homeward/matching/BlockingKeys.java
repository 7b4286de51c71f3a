package org.homeward.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys under which a person is indexed for matching, and those a description is looked up by.
 * Each key joins a few facts so that the people under one key stay few even in a million (a common
 * family and given name alone would be thousands) while any one slip of a list still leaves some key
 * in common:
 * <ul>
 * <li>{@code n} family-name sound, given name, year of birth: most re-writings, typos that keep the sound;
 * <li>{@code a} family-name sound and given name, for descriptions without a birth, and {@code u} the
 * same for people whose birth is unknown;
 * <li>{@code g} given name and exact date of birth: a family name mistyped beyond its sound;
 * <li>{@code f} family-name sound and exact date: a given name mistyped or in a form the table lacks;
 * <li>{@code d} and {@code s}: a document or service number.
 * </ul>
 * Names in these keys are sounds and given-name keys, so Олексій and Алексей, Шевченко and
 * Shevchenko share them; the lookup also tries the names swapped and the birth a year either side and
 * with day and month swapped.
 */
public final class BlockingKeys {

    /** Keys longer than this are cut: they must fit the index column. */
    public static final int MAX_LENGTH = 120;

    private BlockingKeys() {
    }

    /** The keys a person with this profile is stored under. */
    public static Set<String> stored(MatchProfile who) {
        Set<String> keys = new LinkedHashSet<>();
        String given = who.given() == null ? "" : Phonetic.of(who.given());
        for (String sound : who.familySounds()) {
            keys.add("a " + sound + " " + given);
            if (who.years().isEmpty()) {
                keys.add("u " + sound + " " + given);
            }
            for (int year : who.years()) {
                keys.add("n " + sound + " " + given + " " + year);
            }
            if (exact(who)) {
                keys.add("f " + sound + " " + who.birth());
            }
        }
        if (exact(who) && who.given() != null) {
            keys.add("g " + who.given() + " " + who.birth());
        }
        numbers(who, keys);
        return cut(keys);
    }

    /** The keys to look a description up by: its own, and those its likely slips would have been stored under. */
    public static Set<String> probes(MatchProfile who) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> givens = new LinkedHashSet<>();
        givens.add(who.given() == null ? "" : Phonetic.of(who.given()));
        Set<String> sounds = new LinkedHashSet<>(who.familySounds());
        // Swapped names: the given name as a family name's sound, the family name as a given name.
        Set<String> swappedSounds = new LinkedHashSet<>();
        who.givenSpellings().forEach(spelling -> swappedSounds.add(Phonetic.of(spelling)));
        String familyAsGiven = GivenNames.table().key(who.familyWritten());
        for (String sound : sounds) {
            for (String given : givens) {
                probe(who, keys, sound, given);
            }
        }
        if (familyAsGiven != null) {
            for (String sound : swappedSounds) {
                probe(who, keys, sound, Phonetic.of(familyAsGiven));
            }
        }
        if (exact(who)) {
            for (LocalDate date : dates(who)) {
                for (String sound : sounds) {
                    keys.add("f " + sound + " " + date);
                }
                if (who.given() != null) {
                    keys.add("g " + who.given() + " " + date);
                }
            }
        }
        numbers(who, keys);
        return cut(keys);
    }

    private static void probe(MatchProfile who, Set<String> keys, String sound, String given) {
        if (who.years().isEmpty()) {
            // Without a year there is no narrower key: everyone of these names, whenever born.
            keys.add("a " + sound + " " + given);
            return;
        }
        keys.add("u " + sound + " " + given);
        for (int year = who.firstYear() - 1; year <= who.lastYear() + 1; year++) {
            keys.add("n " + sound + " " + given + " " + year);
        }
    }

    private static Set<LocalDate> dates(MatchProfile who) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        LocalDate birth = who.birth();
        dates.add(birth);
        if (birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
            try {
                dates.add(LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue()));
            } catch (DateTimeException impossible) {
                // 31 March swapped is no date: nobody was stored under it.
            }
        }
        return dates;
    }

    private static boolean exact(MatchProfile who) {
        return "EXACT".equals(who.precision()) && who.birth() != null;
    }

    private static void numbers(MatchProfile who, Set<String> keys) {
        who.documents().forEach(document -> keys.add("d " + document));
        if (who.service() != null) {
            keys.add("s " + who.service());
        }
    }

    private static Set<String> cut(Set<String> keys) {
        Set<String> cut = new LinkedHashSet<>();
        keys.forEach(key -> cut.add(key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key));
        return cut;
    }
}
