package org.homeward.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.homeward.matching.BlockingKeys;
import org.homeward.matching.Candidate;
import org.homeward.matching.Comparison;
import org.homeward.matching.Description;
import org.homeward.matching.MatchProfile;
import org.homeward.matching.RussianTransliteration;
import org.homeward.matching.Threshold;
import org.homeward.matching.UkrainianTransliteration;
import org.homeward.person.Sex;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the matcher at {@link Threshold#LIKELY} on a labelled set made from the demo
 * stock of names: a registry of people and their namesakes (same family and given name, another
 * father and birth), and the registry's people re-written as the other side's and the ICRC's lists
 * write them, one or two slips each, plus new people whose names are like the registered ones. The
 * candidates come through the same blocking keys as in the database.
 */
class MatchQualityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final int PEOPLE = 1500;

    private final Names names = new Names();
    private final Random random = new Random(20261129);

    @Test
    void findsTheSamePersonAcrossListsAndKeepsNamesakesApart() {
        List<Description> registry = new ArrayList<>();
        List<Description> originals = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Description person = person();
            originals.add(person);
            registry.add(person);
            registry.add(namesake(person));
        }
        Map<String, Set<Integer>> index = new HashMap<>();
        List<MatchProfile> profiles = new ArrayList<>();
        for (int id = 0; id < registry.size(); id++) {
            MatchProfile profile = MatchProfile.of(registry.get(id), TODAY);
            profiles.add(profile);
            for (String key : BlockingKeys.stored(profile)) {
                index.computeIfAbsent(key, k -> new HashSet<>()).add(id);
            }
        }
        int truePositives = 0;
        int falsePositives = 0;
        int sought = 0;
        for (int i = 0; i < originals.size(); i++) {
            Description rewritten = rewritten(originals.get(i));
            int expected = registry.indexOf(originals.get(i));
            sought++;
            for (Candidate candidate : likely(rewritten, index, profiles)) {
                if (candidate.personId() == expected) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            }
            for (Candidate candidate : likely(stranger(originals.get(i)), index, profiles)) {
                falsePositives++;
            }
        }
        double recall = truePositives / (double) sought;
        double precision = truePositives / (double) (truePositives + falsePositives);
        System.out.printf("Labelled set: %d re-written people, %d registered, %d strangers; threshold %d: "
                + "recall %.1f %%, precision %.1f %%%n", sought, registry.size(), sought, Threshold.LIKELY,
                recall * 100, precision * 100);
        assertTrue(recall >= 0.95, "recall " + recall);
        assertTrue(precision >= 0.90, "precision " + precision);
    }

    private static List<Candidate> likely(Description who, Map<String, Set<Integer>> index, List<MatchProfile> profiles) {
        MatchProfile profile = MatchProfile.of(who, TODAY);
        Set<Integer> ids = new HashSet<>();
        for (String key : BlockingKeys.probes(profile)) {
            ids.addAll(index.getOrDefault(key, Set.of()));
        }
        List<Candidate> likely = new ArrayList<>();
        for (int id : ids) {
            Candidate candidate = Comparison.of(id, profile, profiles.get(id));
            if (candidate.score() >= Threshold.LIKELY) {
                likely.add(candidate);
            }
        }
        return likely;
    }

    private Description person() {
        Sex sex = random.nextInt(5) == 0 ? Sex.FEMALE : Sex.MALE;
        Names.Given given = pick(sex == Sex.FEMALE ? names.ukrainianWomen : names.ukrainianMen);
        Names.Given father = pick(names.ukrainianMen);
        String family = pick(names.ukrainianFamilies).of(sex);
        LocalDate born = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String service = random.nextBoolean() ? "ЗСУ-" + (100000 + random.nextInt(900000)) : null;
        return new Description(family, given.name(), father.patronymic(sex), List.of(), born, "EXACT", null, sex.name(),
                "OWN", List.of(), service);
    }

    /** Someone else of the same family and given name: another father, born years apart. */
    private Description namesake(Description person) {
        Names.Given father = pick(names.ukrainianMen);
        while (Names.ukrainianPatronymic(father.name(), true).equals(person.patronymic())
                || Names.ukrainianPatronymic(father.name(), false).equals(person.patronymic())) {
            father = pick(names.ukrainianMen);
        }
        LocalDate born = person.birthDate().plusYears(random.nextBoolean() ? 3 + random.nextInt(15) : -3 - random.nextInt(15));
        return new Description(person.familyName(), person.givenName(), father.patronymic(Sex.valueOf(person.sex())),
                List.of(), born, "EXACT", null, person.sex(), "OWN", List.of(), null);
    }

    /** A new person whose family and given name are those of a registered one, born the same year, another father. */
    private Description stranger(Description person) {
        Description namesake = namesake(person);
        LocalDate born = person.birthDate().withDayOfYear(1 + (person.birthDate().getDayOfYear() + 100) % 360);
        return new Description(namesake.familyName(), namesake.givenName(), namesake.patronymic(), List.of(), born,
                "EXACT", null, namesake.sex(), "OWN", List.of(), null);
    }

    /** The person as another list writes them: one or two slips. */
    private Description rewritten(Description person) {
        Description written = person;
        int slips = 1 + random.nextInt(2);
        for (int i = 0; i < slips; i++) {
            written = slip(written, random.nextInt(7));
        }
        return written;
    }

    private Description slip(Description p, int kind) {
        return switch (kind) {
            case 0 -> new Description(p.familyName(), russian(p.givenName()), russianPatronymic(p.patronymic()),
                    List.of(), p.birthDate(), p.birthPrecision(), p.estimatedAge(), p.sex(), p.side(), List.of(),
                    p.serviceNumber());
            case 1 -> {
                boolean bgn = random.nextBoolean();
                yield new Description(latin(p.familyName(), bgn), latin(russian(p.givenName()), bgn),
                        latin(p.patronymic(), bgn), List.of(), p.birthDate(), p.birthPrecision(), p.estimatedAge(),
                        p.sex(), p.side(), List.of(), null);
            }
            case 2 -> new Description(typo(p.familyName()), p.givenName(), p.patronymic(), List.of(), p.birthDate(),
                    p.birthPrecision(), p.estimatedAge(), p.sex(), p.side(), List.of(), p.serviceNumber());
            case 3 -> new Description(p.givenName(), p.familyName(), p.patronymic(), List.of(), p.birthDate(),
                    p.birthPrecision(), p.estimatedAge(), p.sex(), p.side(), List.of(), p.serviceNumber());
            case 4 -> new Description(p.familyName(), p.givenName(), null, List.of(), p.birthDate(), p.birthPrecision(),
                    p.estimatedAge(), p.sex(), p.side(), List.of(), p.serviceNumber());
            case 5 -> new Description(p.familyName(), p.givenName(), p.patronymic(), List.of(), dateSlip(p.birthDate()),
                    p.birthPrecision(), p.estimatedAge(), p.sex(), p.side(), List.of(), p.serviceNumber());
            default -> new Description(p.familyName(), typo(p.givenName()), p.patronymic(), List.of(), p.birthDate(),
                    p.birthPrecision(), p.estimatedAge(), p.sex(), p.side(), List.of(), p.serviceNumber());
        };
    }

    private LocalDate dateSlip(LocalDate born) {
        if (born == null) {
            return null;
        }
        if (born.getDayOfMonth() <= 12 && random.nextBoolean()) {
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
        }
        return born.plusYears(random.nextBoolean() ? 1 : -1);
    }

    private String russian(String given) {
        for (Names.Given[] pool : List.of(names.ukrainianMen, names.ukrainianWomen)) {
            for (Names.Given candidate : pool) {
                if (candidate.name().equals(given) && candidate.russian() != null) {
                    return candidate.russian();
                }
            }
        }
        return given;
    }

    private String russianPatronymic(String patronymic) {
        if (patronymic == null) {
            return null;
        }
        for (Names.Given father : names.ukrainianMen) {
            String russianFather = father.russian() == null ? father.name() : father.russian();
            if (father.sonPatronymic().equals(patronymic)) {
                return Names.russianPatronymic(russianFather, true);
            }
            if (father.daughterPatronymic().equals(patronymic)) {
                return Names.russianPatronymic(russianFather, false);
            }
        }
        return patronymic;
    }

    private static String latin(String name, boolean bgn) {
        if (name == null) {
            return null;
        }
        return bgn ? RussianTransliteration.latin(name) : UkrainianTransliteration.latin(name);
    }

    /** One typing slip: a letter left out, doubled, or two neighbours swapped. */
    private String typo(String name) {
        if (name == null || name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            default -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
        };
    }

    private <T> T pick(T[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
