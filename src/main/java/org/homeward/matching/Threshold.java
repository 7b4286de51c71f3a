package org.homeward.matching;

/**
 * The scores at which a candidate is worth a person's attention. Chosen on the labelled set of
 * {@code MatchQualityTest} (docs/benchmarks.md has its precision and recall): the same person written
 * by another list scores 70 and more when the names agree after transliteration and the date of birth
 * agrees as far as both know it, while people who only share a common family and given name stay
 * below it unless their dates of birth agree too.
 */
public final class Threshold {

    /** From this score a candidate is a likely duplicate: shown at registration, queued, flagged on import. */
    public static final int LIKELY = 70;

    /**
     * From this score a candidate is listed at all: below it the names agree at best by sound and
     * nothing else does, which a supervisor would not want to read through.
     */
    public static final int POSSIBLE = 50;

    private Threshold() {
    }
}
