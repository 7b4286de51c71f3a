package org.homeward.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.homeward.person.Category;
import org.junit.jupiter.api.Test;

/** The rules rounds keep without a database: whom a round lists, how outcomes and round statuses move. */
class RoundRulesTest {

    @Test
    void theCaseListKnowsEveryOutcomeOfARoundsList() {
        // The case list filters by outcome names (a report's figure of a round); it must know them all.
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Arrays.stream(Outcome.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                org.homeward.person.CaseSelection.OUTCOMES);
    }

    @Test
    void eachTypeOfRoundListsItsOwnKindOfPeople() {
        assertTrue(RoundType.POW_EXCHANGE.lists(Category.POW, false));
        assertTrue(RoundType.POW_EXCHANGE.lists(Category.CIVILIAN, false));
        assertFalse(RoundType.POW_EXCHANGE.lists(Category.CHILD, false));
        assertFalse(RoundType.POW_EXCHANGE.lists(Category.POW, true), "the dead go home on a remains exchange");
        assertTrue(RoundType.REMAINS_EXCHANGE.lists(Category.POW, true));
        assertTrue(RoundType.REMAINS_EXCHANGE.lists(Category.REMAINS, true));
        assertFalse(RoundType.REMAINS_EXCHANGE.lists(Category.POW, false));
        assertTrue(RoundType.CHILD_RETURN.lists(Category.CHILD, false));
        assertFalse(RoundType.CHILD_RETURN.lists(Category.CIVILIAN, false));
        assertTrue(RoundType.CIVILIAN_RELEASE.lists(Category.CIVILIAN, false));
        assertTrue(RoundType.MIXED.lists(Category.CHILD, false));
        assertTrue(RoundType.MIXED.lists(Category.REMAINS, true));
    }

    @Test
    void outcomesMoveAsTheTalksDoAndExchangedOrWithdrawnAreFinal() {
        assertEquals(EnumSet.of(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.POSTPONED), Outcome.PROPOSED.next());
        assertEquals(EnumSet.of(Outcome.ACCEPTED, Outcome.WITHDRAWN), Outcome.REJECTED.next());
        assertEquals(Set.of(), Outcome.EXCHANGED.next());
        assertEquals(Set.of(), Outcome.WITHDRAWN.next());
        for (Outcome outcome : Outcome.values()) {
            assertFalse(outcome.next().contains(Outcome.EXCHANGED), "only recording the exchange exchanges: " + outcome);
            assertFalse(outcome.next().contains(Outcome.PROPOSED), "proposing is nominating: " + outcome);
        }
        assertTrue(Outcome.REJECTED.holdsPerson(), "a rejected person stays listed until the exchange, in case the talks turn");
        assertFalse(Outcome.WITHDRAWN.holdsPerson());
    }

    @Test
    void aRoundIsCompletedOnlyByItsExchangeAndCancelledOnlyWhileOpen() {
        for (RoundStatus status : RoundStatus.values()) {
            assertFalse(status.next().contains(RoundStatus.COMPLETED), status.name());
            assertEquals(status.isOpen(), status.next().contains(RoundStatus.CANCELLED), status.name());
        }
        assertEquals(EnumSet.of(RoundStatus.AGREED, RoundStatus.IN_PROGRESS),
                EnumSet.copyOf(java.util.Arrays.stream(RoundStatus.values()).filter(RoundStatus::readyForExchange).toList()));
    }
}
