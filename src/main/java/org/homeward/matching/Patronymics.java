package org.homeward.matching;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Patronymics as the father's name they are made of, so that the Ukrainian and Russian forms meet:
 * Олексійович and Алексеевич both say "son of Олексій", Петрович is Петрович in both languages, and a
 * daughter's Миколаївна and Николаевна say "daughter of Микола". The suffix is taken off the Latin
 * spellings and what is left is keyed like a given name.
 */
public final class Patronymics {

    // Longest first, so that "-yevich" is not read as "-ich". Ukrainian: -ович, -йович, -ійович, -івна,
    // -ївна, -іч; Russian (BGN/PCGN and, written by the Ukrainian system, -евич as -evych): -ович,
    // -евич, -ьевич, -овна, -евна, -ич, -ична, -инична.
    private static final String[] SUFFIXES = {
        "inichna", "yevich", "yevych", "ievych", "iiovych", "yovych", "iovych", "ovych", "evych",
        "ovich", "evich", "yevna", "ievna", "ichna", "ivna", "ovna", "evna", "ych", "ich"
    };

    private static final String[] IRREGULAR = {"vlevich", "vlevych", "vlevna"};

    private Patronymics() {
    }

    /**
     * The keys of the fathers' names a patronymic may be made of, in the given names' key space (for
     * "Алексеевич" the key of Олексій); empty when there is no patronymic.
     */
    public static Set<String> fathers(String patronymic) {
        Set<String> fathers = new LinkedHashSet<>();
        for (String spelling : SearchKey.variants(patronymic)) {
            String latin = spelling.replace(" ", "");
            String stem = stem(withoutSuffix(latin));
            if (!stem.isEmpty()) {
                fathers.add(GivenNames.table().byStem(stem));
            }
            // Яків, Якович: the father's name itself may end in the "ов" the suffix seems to begin with.
            if (latin.endsWith("ovych") || latin.endsWith("ovich")) {
                String longer = latin.substring(0, latin.length() - 3);
                if (GivenNames.table().knowsStem(longer)) {
                    fathers.add(GivenNames.table().byStem(longer));
                }
            }
        }
        return fathers;
    }

    private static String withoutSuffix(String latin) {
        // Яков, Яковлевич: the one Russian patronymic that grows an л.
        for (String suffix : IRREGULAR) {
            if (latin.endsWith(suffix)) {
                return latin.substring(0, latin.length() - suffix.length()) + "v";
            }
        }
        for (String suffix : SUFFIXES) {
            if (latin.length() > suffix.length() + 1 && latin.endsWith(suffix)) {
                return latin.substring(0, latin.length() - suffix.length());
            }
        }
        return latin;
    }

    /** A name without its final vowels, the letters that change when a patronymic is made of it. */
    static String stem(String latin) {
        int end = latin.length();
        while (end > 1 && "aeiouy".indexOf(latin.charAt(end - 1)) >= 0) {
            end--;
        }
        return latin.substring(0, end);
    }
}
