package org.homeward.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.homeward.matching.Reason;
import org.junit.jupiter.api.Test;

/** A pair of the queue, without a container: one row per pair whichever way it was found, decisions for good. */
class DuplicatePairTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void theLowerIdComesFirstWhicheverRecordFoundTheOther() {
        DuplicatePair pair = new DuplicatePair(42, 7, 85, List.of(), "caseworker", NOW);
        assertEquals(7, pair.getLowerId());
        assertEquals(42, pair.getHigherId());
        assertEquals(PairState.OPEN, pair.getState());
        assertThrows(IllegalArgumentException.class, () -> new DuplicatePair(7, 7, 85, List.of(), "caseworker", NOW));
    }

    @Test
    void theReasonsAreKeptAsCodesWithTheirArgumentsToBeReadInEitherLanguage() {
        List<Reason> reasons = List.of(new Reason("match.reason.family", List.of("Shevchenko", "Шевченко")),
                new Reason("match.reason.born", List.of()), new Reason("match.reason.given", List.of("", "Олексій")));
        DuplicatePair pair = new DuplicatePair(1, 2, 90, reasons, "scan", NOW);
        assertEquals(reasons, pair.getReasons());
        assertEquals(List.of(), new DuplicatePair(1, 2, 90, List.of(), "scan", NOW).getReasons());
    }

    @Test
    void anExplanationTooLongForItsColumnKeepsTheReasonsThatFitWhole() {
        Reason longOne = new Reason("match.reason.alias", List.of("x".repeat(1500)));
        DuplicatePair pair = new DuplicatePair(1, 2, 90, List.of(longOne, longOne, longOne, longOne), "scan", NOW);
        assertEquals(List.of(longOne, longOne), pair.getReasons());
    }

    @Test
    void aDismissedOrMergedPairIsDecidedForGoodAConfirmedOneMayStillBeMerged() {
        DuplicatePair confirmed = new DuplicatePair(1, 2, 90, List.of(), "scan", NOW);
        confirmed.decide(PairState.CONFIRMED, "hq", NOW);
        confirmed.decide(PairState.MERGED, "hq", NOW);
        assertEquals(PairState.MERGED, confirmed.getState());
        assertThrows(IllegalStateException.class, () -> confirmed.decide(PairState.OPEN, "hq", NOW));

        DuplicatePair dismissed = new DuplicatePair(1, 2, 90, List.of(), "scan", NOW);
        dismissed.decide(PairState.DISMISSED, "supervisor", NOW);
        assertEquals("supervisor", dismissed.getDecidedBy());
        assertThrows(IllegalStateException.class, () -> dismissed.decide(PairState.MERGED, "hq", NOW));
    }
}
