package org.homeward.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;
import org.homeward.workflow.StatusLedger;

/**
 * The hand-over of a round, written: every accepted person repatriated (remains included; for the other
 * side's people, handed over) and their nomination exchanged; everyone else the round still holds
 * returns to the status they had before it; the round completed. The caller has checked that the list
 * is as decided, and runs this in one transaction.
 */
public final class Handover {

    private Handover() {
    }

    /** Carries out the hand-over of {@code held}, the nominations still holding people; returns how many were exchanged. */
    public static int carryOut(ExchangeRound round, List<Nomination> held, StatusLedger ledger, String by, Instant at,
                               LocalDate exchangedOn) {
        int exchanged = 0;
        for (Nomination nomination : held) {
            if (nomination.getOutcome() == Outcome.ACCEPTED) {
                nomination.exchanged(by, at);
                ledger.recordMade(nomination.getPerson(), RepatriationStatus.REPATRIATED,
                        "Exchanged on " + round.getName() + ", " + exchangedOn, null, round.getId(), by, at);
                exchanged++;
            } else {
                nomination.release();
                giveBack(nomination, "Not exchanged on " + round.getName() + " (" + nomination.getOutcome() + ")",
                        ledger, by, at);
            }
        }
        round.complete(exchangedOn);
        return exchanged;
    }

    /** Back to where the person was before the round took them (verified, or deceased for remains). */
    static void giveBack(Nomination nomination, String note, StatusLedger ledger, String by, Instant at) {
        Person person = nomination.getPerson();
        if (person.getStatus() != nomination.getStatusBefore()) {
            ledger.recordMade(person, nomination.getStatusBefore(), note, null, nomination.getRound().getId(), by, at);
        }
    }
}
