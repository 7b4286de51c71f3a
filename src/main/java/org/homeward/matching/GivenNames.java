package org.homeward.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Ukrainian and Russian forms of given names ({@code given-names.txt}): Олексій and Алексей are
 * one name to whoever looks for a person, and so are their Latin spellings (Oleksii, Aleksey,
 * Alexei). Forms linked by any pair are one name, keyed by the Ukrainian form of its first line.
 */
public final class GivenNames {

    private static final GivenNames TABLE = load();

    /** Name key (every Latin spelling of every form) to the key of the name's Ukrainian form. */
    private final Map<String, String> canonical;
    /** Ukrainian key to the Ukrainian form as written, for explanations. */
    private final Map<String, String> written;
    /** Double Metaphone of a spelling to the one name it belongs to, only where no other name shares it. */
    private final Map<String, String> bySound;
    /** The stem of every Latin spelling (Patronymics#stem) to the name's key, for reading patronymics. */
    private final Map<String, String> byStem;
    private final int pairs;
    private final Remembered keys = new Remembered(this::keyOf);

    private GivenNames(Map<String, String> canonical, Map<String, String> written, Map<String, String> bySound,
            Map<String, String> byStem, int pairs) {
        this.pairs = pairs;
        this.byStem = byStem;
        this.canonical = canonical;
        this.written = written;
        this.bySound = bySound;
    }

    /** The table in the application's resources. */
    public static GivenNames table() {
        return TABLE;
    }

    /**
     * The key a given name is compared by: the Latin key of its Ukrainian form when the table knows the
     * name under any spelling or, failing that, under its sound alone; otherwise the name's own key.
     * Null for a name without letters.
     */
    public String key(String name) {
        return name == null ? keyOf(null) : keys.of(name);
    }

    private String keyOf(String name) {
        String own = SearchKey.of(name);
        if (own == null || own.isEmpty()) {
            return null;
        }
        for (String variant : SearchKey.variants(name)) {
            String found = canonical.get(variant);
            if (found != null) {
                return found;
            }
        }
        String bySoundOnly = bySound.get(Phonetic.of(own));
        return bySoundOnly == null ? own : bySoundOnly;
    }

    /** The Ukrainian form of a name key as written (Олексій for "oleksii"), or null when the table does not have it. */
    public String ukrainian(String key) {
        return written.get(key);
    }

    /**
     * The key of the name whose Latin spellings have this stem, or the stem itself when no name in the
     * table has it (a father Богдан is "bohdan" in both languages anyway).
     */
    String byStem(String stem) {
        return byStem.getOrDefault(stem, stem);
    }

    /** Whether some name in the table has this stem. */
    boolean knowsStem(String stem) {
        return byStem.containsKey(stem);
    }

    /** How many Ukrainian-Russian pairs the table lists. */
    public int pairs() {
        return pairs;
    }

    private static GivenNames load() {
        List<String[]> pairs = new ArrayList<>();
        try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("given-names.txt is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    pairs.add(stripped.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(pairs);
    }

    /** The table of the pairs given, each {Ukrainian, Russian}. */
    static GivenNames of(List<String[]> pairs) {
        // Union of forms into names: a Russian form shared by two Ukrainian ones (Опанас, Панас:
        // Афанасий) joins them into one name.
        Map<String, String> parent = new HashMap<>();
        Map<String, String> ukrainianWritten = new HashMap<>();
        for (String[] pair : pairs) {
            String uk = "uk:" + SearchKey.of(pair[0]);
            String ru = "ru:" + SearchKey.of(pair[1]);
            ukrainianWritten.putIfAbsent(SearchKey.of(pair[0]), pair[0]);
            union(parent, uk, ru);
        }
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (String[] pair : pairs) {
            String root = find(parent, "uk:" + SearchKey.of(pair[0]));
            String key = root.startsWith("uk:") ? root.substring(3) : SearchKey.of(pair[0]);
            written.putIfAbsent(key, ukrainianWritten.getOrDefault(key, pair[0]));
            for (String form : pair) {
                for (String variant : SearchKey.variants(form)) {
                    canonical.putIfAbsent(variant, key);
                }
            }
        }
        Map<String, String> bySound = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        canonical.forEach((spelling, key) -> {
            String sound = Phonetic.of(spelling);
            String before = bySound.putIfAbsent(sound, key);
            if (before != null && !before.equals(key)) {
                ambiguous.add(sound);
            }
        });
        ambiguous.forEach(bySound::remove);
        Map<String, String> byStem = new HashMap<>();
        canonical.forEach((spelling, key) -> {
            for (String stem : stems(spelling)) {
                byStem.putIfAbsent(stem, key);
            }
        });
        return new GivenNames(Map.copyOf(canonical), Map.copyOf(written), Map.copyOf(bySound), Map.copyOf(byStem),
                pairs.size());
    }

    /**
     * The stems a patronymic made of the name has: the name without its final vowels, and where the
     * last vowel changes when the patronymic is made, the changed form too: Ukrainian і becomes о
     * (Федір, Федорович; Яків, Якович) and a Russian е or о drops (Павел, Павлович; Лев, Львович).
     */
    private static List<String> stems(String spelling) {
        String stem = Patronymics.stem(spelling);
        List<String> stems = new ArrayList<>(List.of(stem));
        int last = stem.length() - 1;
        while (last > 0 && "aeiouy".indexOf(stem.charAt(last)) < 0) {
            last--;
        }
        if (last > 0 && last < stem.length() - 1) {
            char vowel = stem.charAt(last);
            if (vowel == 'i') {
                stems.add(stem.substring(0, last) + 'o' + stem.substring(last + 1));
            } else if (vowel == 'e' || vowel == 'o') {
                stems.add(stem.substring(0, last) + stem.substring(last + 1));
            }
        }
        return stems;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = find(parent, a);
        String rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            // A name already known keeps its key (the Ukrainian form seen first); a new Russian form joins it.
            if (rootB.startsWith("uk:")) {
                parent.put(rootA, rootB);
            } else {
                parent.put(rootB, rootA);
            }
        }
    }

    private static String find(Map<String, String> parent, String form) {
        String root = form;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        if (!root.equals(form)) {
            parent.put(form, root);
        }
        return root;
    }
}
