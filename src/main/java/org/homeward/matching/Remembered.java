package org.homeward.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function of a name, kept: a registry holds far fewer distinct names than
 * people, and a scan of it compares each name thousands of times (Double Metaphone and the two
 * transliterations were most of a million-person scan's time). Bounded, so that odd input cannot fill
 * the heap: past the bound, answers are worked out every time. A null answer is never kept.
 */
final class Remembered {

    private static final int BOUND = 200_000;

    private final Map<String, Object> answers = new ConcurrentHashMap<>();
    private final Function<String, ?> function;

    Remembered(Function<String, ?> function) {
        this.function = function;
    }

    @SuppressWarnings("unchecked")
    <T> T of(String key) {
        Object known = answers.get(key);
        if (known != null) {
            return (T) known;
        }
        Object answer = function.apply(key);
        if (answer != null && answers.size() < BOUND) {
            answers.put(key, answer);
        }
        return (T) answer;
    }
}
