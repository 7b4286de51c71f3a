package org.homeward.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * How alike two people are, field by field: a score from 0 to 100 and the reasons behind it. The
 * weights say how much each agreement tells apart people who only share a common name: the names
 * together 55, the date of birth 25, the patronymic 10, and an equal document (40) or service number
 * (35) almost settles it; a different sex or a date of birth years apart speaks against.
 */
public final class Comparison {

    static final int FAMILY_SAME = 30;
    static final int FAMILY_SOUND = 24;
    static final int FAMILY_TYPO = 20;
    static final int GIVEN_SAME = 25;
    static final int GIVEN_SOUND = 20;
    static final int GIVEN_TYPO = 17;
    static final int SWAP_COST = 3;
    static final int PATRONYMIC_SAME = 10;
    static final int PATRONYMIC_DIFFERS = -10;
    static final int BORN_SAME = 25;
    static final int BORN_SWAPPED = 20;
    static final int BORN_SAME_MONTH = 18;
    static final int BORN_SAME_YEAR = 14;
    static final int BORN_YEAR_OFF = 12;
    static final int BORN_WITHIN_ESTIMATE = 12;
    static final int BORN_APART = -25;
    static final int SEX_DIFFERS = -40;
    static final int DOCUMENT_EQUAL = 40;
    static final int SERVICE_EQUAL = 35;
    static final int SERVICE_DIFFERS = -15;

    private Comparison() {
    }

    /**
     * The score of b as the same person as a, and why. Compared both ways and the better taken: a
     * misspelt name may sound like another name of the table ("Arem" like Ярема) and be a typing slip
     * of the name on the other side (Артем) only when seen from there.
     */
    public static Candidate of(long personId, MatchProfile a, MatchProfile b) {
        Candidate forth = oneWay(personId, a, b);
        Candidate back = oneWay(personId, b, a);
        return back.score() > forth.score() ? back : forth;
    }

    private static Candidate oneWay(long personId, MatchProfile a, MatchProfile b) {
        List<Reason> reasons = new ArrayList<>();
        int score = names(a, b, reasons) + patronymic(a, b, reasons) + birth(a, b, reasons)
                + sex(a, b, reasons) + numbers(a, b, reasons);
        return new Candidate(personId, Math.max(0, Math.min(100, score)), reasons);
    }

    private enum Likeness {
        SAME, SOUND, TYPO, NONE
    }

    private static int names(MatchProfile a, MatchProfile b, List<Reason> reasons) {
        Likeness family = family(a.families(), b.families());
        Likeness given = given(a, b);
        int straight = familyPoints(family) + givenPoints(given);
        // A list that put the given name first: compare each name with the other's other one.
        Likeness familyAsGiven = family(a.families(), b.givenSpellings());
        Likeness givenAsFamily = given(GivenNames.table().key(b.familyWritten()), a.givenSpellings(), b.families(), a);
        int swapped = familyPoints(familyAsGiven) + givenPoints(givenAsFamily) - SWAP_COST;
        if (swapped > straight && familyAsGiven != Likeness.NONE && givenAsFamily != Likeness.NONE) {
            reasons.add(reason("match.reason.names.swapped", b.givenWritten(), b.familyWritten()));
            return swapped;
        }
        reasons.add(familyReason(family, a, b));
        if (a.given() != null && b.given() != null) {
            reasons.add(givenReason(given, a, b));
        }
        return straight;
    }

    private static Likeness family(Set<String> a, Set<String> b) {
        if (!Collections.disjoint(a, b)) {
            return Likeness.SAME;
        }
        for (String one : a) {
            for (String other : b) {
                if (Phonetic.of(one).equals(Phonetic.of(other))) {
                    return Likeness.SOUND;
                }
            }
        }
        for (String one : a) {
            for (String other : b) {
                if (EditDistance.typo(one, other)) {
                    return Likeness.TYPO;
                }
            }
        }
        return Likeness.NONE;
    }

    private static Likeness given(MatchProfile a, MatchProfile b) {
        if (a.given() == null || b.given() == null) {
            return Likeness.NONE;
        }
        return given(b.given(), b.givenSpellings(), a.givens(), a);
    }

    private static Likeness given(String key, Set<String> spellings, Set<String> otherKeys, MatchProfile other) {
        if (key == null) {
            return Likeness.NONE;
        }
        if (other.givens().contains(key) || otherKeys.contains(key)) {
            return Likeness.SAME;
        }
        String sound = Phonetic.of(key);
        for (String otherKey : other.givens()) {
            if (Phonetic.of(otherKey).equals(sound)) {
                return Likeness.SOUND;
            }
        }
        for (String otherKey : other.givens()) {
            if (EditDistance.typo(otherKey, key)) {
                return Likeness.TYPO;
            }
            for (String spelling : spellings) {
                if (EditDistance.typo(otherKey, spelling)) {
                    return Likeness.TYPO;
                }
            }
        }
        return Likeness.NONE;
    }

    private static int familyPoints(Likeness likeness) {
        return switch (likeness) {
            case SAME -> FAMILY_SAME;
            case SOUND -> FAMILY_SOUND;
            case TYPO -> FAMILY_TYPO;
            case NONE -> 0;
        };
    }

    private static int givenPoints(Likeness likeness) {
        return switch (likeness) {
            case SAME -> GIVEN_SAME;
            case SOUND -> GIVEN_SOUND;
            case TYPO -> GIVEN_TYPO;
            case NONE -> 0;
        };
    }

    private static Reason familyReason(Likeness likeness, MatchProfile a, MatchProfile b) {
        return switch (likeness) {
            case SAME -> a.familyWritten() != null && a.familyWritten().equalsIgnoreCase(b.familyWritten())
                    ? reason("match.reason.family.same", b.familyWritten())
                    : reason("match.reason.family.transliterated", latin(b.familyWritten()));
            case SOUND -> reason("match.reason.family.sound", a.familyWritten(), b.familyWritten());
            case TYPO -> reason("match.reason.family.typo", a.familyWritten(), b.familyWritten());
            case NONE -> reason("match.reason.family.differs", a.familyWritten(), b.familyWritten());
        };
    }

    private static Reason givenReason(Likeness likeness, MatchProfile a, MatchProfile b) {
        return switch (likeness) {
            case SAME -> {
                if (!Collections.disjoint(a.givenSpellings(), b.givenSpellings())) {
                    yield a.givenWritten().equalsIgnoreCase(b.givenWritten())
                            ? reason("match.reason.given.same", b.givenWritten())
                            : reason("match.reason.given.transliterated", latin(b.givenWritten()));
                }
                String ukrainian = GivenNames.table().ukrainian(b.given());
                yield reason("match.reason.given.form", ukrainian == null ? b.givenWritten() : ukrainian);
            }
            case SOUND -> reason("match.reason.given.sound", a.givenWritten(), b.givenWritten());
            case TYPO -> reason("match.reason.given.typo", a.givenWritten(), b.givenWritten());
            case NONE -> reason("match.reason.given.differs", a.givenWritten(), b.givenWritten());
        };
    }

    private static int patronymic(MatchProfile a, MatchProfile b, List<Reason> reasons) {
        if (a.fathers().isEmpty() || b.fathers().isEmpty()) {
            if (!a.fathers().isEmpty() || !b.fathers().isEmpty()) {
                reasons.add(reason("match.reason.patronymic.missing"));
            }
            return 0;
        }
        if (!Collections.disjoint(a.fathers(), b.fathers())) {
            reasons.add(reason("match.reason.patronymic.same"));
            return PATRONYMIC_SAME;
        }
        reasons.add(reason("match.reason.patronymic.differs"));
        return PATRONYMIC_DIFFERS;
    }

    private static int birth(MatchProfile a, MatchProfile b, List<Reason> reasons) {
        if (a.firstYear() == 0 || b.firstYear() == 0) {
            return 0;
        }
        LocalDate one = a.birth();
        LocalDate other = b.birth();
        boolean exact = "EXACT".equals(a.precision()) && "EXACT".equals(b.precision());
        if (exact && one.equals(other)) {
            reasons.add(reason("match.reason.birth.same"));
            return BORN_SAME;
        }
        if (exact && one.getYear() == other.getYear() && one.getDayOfMonth() == other.getMonthValue()
                && one.getMonthValue() == other.getDayOfMonth()) {
            reasons.add(reason("match.reason.birth.swapped"));
            return BORN_SWAPPED;
        }
        if (exact && Math.abs(one.getYear() - other.getYear()) == 1
                && one.getMonthValue() == other.getMonthValue() && one.getDayOfMonth() == other.getDayOfMonth()) {
            reasons.add(reason("match.reason.birth.yearOff"));
            return BORN_YEAR_OFF;
        }
        boolean dated = one != null && other != null && !"YEAR".equals(a.precision()) && !"YEAR".equals(b.precision());
        if (dated && one.getYear() == other.getYear() && one.getMonthValue() == other.getMonthValue()) {
            reasons.add(reason("match.reason.birth.sameMonth"));
            return BORN_SAME_MONTH;
        }
        boolean estimated = "ESTIMATED".equals(a.precision()) || "ESTIMATED".equals(b.precision());
        boolean overlap = a.firstYear() <= b.lastYear() && b.firstYear() <= a.lastYear();
        if (overlap && estimated) {
            reasons.add(reason("match.reason.birth.withinEstimate"));
            return BORN_WITHIN_ESTIMATE;
        }
        if (overlap) {
            reasons.add(reason("match.reason.birth.sameYear"));
            return BORN_SAME_YEAR;
        }
        int gap = Math.max(a.firstYear() - b.lastYear(), b.firstYear() - a.lastYear());
        if (gap > 2) {
            reasons.add(reason("match.reason.birth.differs"));
            return BORN_APART;
        }
        return 0;
    }

    private static int sex(MatchProfile a, MatchProfile b, List<Reason> reasons) {
        if (known(a.sex()) && known(b.sex()) && !a.sex().equals(b.sex())) {
            reasons.add(reason("match.reason.sex.differs"));
            return SEX_DIFFERS;
        }
        return 0;
    }

    private static boolean known(String sex) {
        return sex != null && !"UNKNOWN".equals(sex);
    }

    private static int numbers(MatchProfile a, MatchProfile b, List<Reason> reasons) {
        int points = 0;
        for (String document : a.documents()) {
            if (b.documents().contains(document)) {
                reasons.add(reason("match.reason.document.equal", document));
                points += DOCUMENT_EQUAL;
                break;
            }
        }
        if (a.service() != null && b.service() != null) {
            if (a.service().equals(b.service())) {
                reasons.add(reason("match.reason.service.equal"));
                points += SERVICE_EQUAL;
            } else {
                reasons.add(reason("match.reason.service.differs"));
                points += SERVICE_DIFFERS;
            }
        }
        return points;
    }

    private static String latin(String name) {
        return UkrainianTransliteration.latin(name);
    }

    private static Reason reason(String key, String... arguments) {
        List<String> values = new ArrayList<>();
        for (String argument : arguments) {
            values.add(argument == null ? "" : argument);
        }
        return new Reason(key, values);
    }
}
