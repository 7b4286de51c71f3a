package org.homeward.round;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many nominations of a round (or of one side and category of it) have each outcome, and the
 * figures the round pages show from them. Withdrawn people are not counted as listed; exchanged people
 * count as accepted too.
 */
final class Tally {

    private final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);

    void add(Outcome outcome, long count) {
        byOutcome.merge(outcome, count, Long::sum);
    }

    long listed() {
        return byOutcome.entrySet().stream().filter(e -> e.getKey() != Outcome.WITHDRAWN).mapToLong(Map.Entry::getValue).sum();
    }

    long accepted() {
        return of(Outcome.ACCEPTED) + of(Outcome.EXCHANGED);
    }

    long rejected() {
        return of(Outcome.REJECTED);
    }

    long undecided() {
        return of(Outcome.PROPOSED) + of(Outcome.POSTPONED);
    }

    long exchanged() {
        return of(Outcome.EXCHANGED);
    }

    private long of(Outcome outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }
}
