package org.homeward.matching;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a name or other text is matched by when people are searched: lower-case Latin letters and
 * digits, words separated by single spaces, no accents and no apostrophes. "Шевченко", "SHEVCHENKO"
 * and "Shevchenko" have the same key; so do "Znamianka" and "Знам'янка", "José" and "Jose". Letters of
 * scripts other than Latin and Cyrillic stay in the key as they are, lower-cased.
 */
public final class SearchKey {

    private static final Remembered VARIANTS = new Remembered(SearchKey::allVariants);

    private SearchKey() {
    }

    /** The key of the text, Cyrillic written by the Ukrainian national system; null for null. */
    public static String of(String text) {
        return text == null ? null : fromLatin(UkrainianTransliteration.latin(text));
    }

    /**
     * Every key the text may be found by: Cyrillic written by the Ukrainian national system and by
     * BGN/PCGN for Russian, so that "Алексей" is found as "Aleksey" and "Олексій" as "Oleksii". The
     * Ukrainian key comes first. A text without letters or digits has no key to be found by, and
     * null has none either.
     */
    public static Set<String> variants(String text) {
        return text == null ? Set.of() : VARIANTS.of(text);
    }

    private static Set<String> allVariants(String text) {
        Set<String> keys = new LinkedHashSet<>(4);
        addUnlessEmpty(keys, fromLatin(UkrainianTransliteration.latin(text)));
        addUnlessEmpty(keys, fromLatin(RussianTransliteration.latin(text)));
        return Collections.unmodifiableSet(keys);
    }

    private static void addUnlessEmpty(Set<String> keys, String key) {
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }

    private static String fromLatin(String latin) {
        String lower = latin.toLowerCase(Locale.ROOT);
        String decomposed = isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                gap = true;
                continue;
            }
            if (gap && !key.isEmpty()) {
                key.append(' ');
            }
            gap = false;
            appendPlain(key, c);
        }
        return key.toString();
    }

    /**
     * Latin letters that are not a base letter and an accent, so NFD leaves them alone, written as
     * people without them on the keyboard write them: "Łukasz" as "lukasz", "Strauß" as "strauss".
     */
    private static void appendPlain(StringBuilder key, int c) {
        switch (c) {
            case 'ł' -> key.append('l');
            case 'ø' -> key.append('o');
            case 'đ' -> key.append('d');
            case 'ı' -> key.append('i');
            case 'ß' -> key.append("ss");
            case 'æ' -> key.append("ae");
            case 'œ' -> key.append("oe");
            case 'þ' -> key.append("th");
            default -> key.appendCodePoint(c);
        }
    }

    /**
     * The apostrophes and their look-alikes people type inside names, "O'Brien" and "Знам’янка"
     * alike; the primes are how scholarly transliterations write the soft sign.
     */
    private static boolean isApostrophe(int c) {
        return switch (c) {
            case '\'', '\u02BC', '\u2019', '\u2018', '`', '\u00B4', '\u02B9', '\u2032' -> true;
            default -> false;
        };
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
