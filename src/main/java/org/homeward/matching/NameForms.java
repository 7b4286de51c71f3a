package org.homeward.matching;

/**
 * The ways one person's name is written: as it was given, in Latin letters by the Ukrainian national
 * system (the passport spelling), and in Latin letters by BGN/PCGN for Russian (the spelling the
 * person may have used abroad or in Russian-language documents). A name given in Latin letters is
 * written the same way in all three.
 */
public record NameForms(String original, String ukrainian, String russian) {

    /** The forms of the name; null for null. */
    public static NameForms of(String name) {
        if (name == null) {
            return null;
        }
        return new NameForms(name, UkrainianTransliteration.latin(name), RussianTransliteration.latin(name));
    }
}
