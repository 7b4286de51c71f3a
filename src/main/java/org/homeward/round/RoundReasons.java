package org.homeward.round;

import org.homeward.workflow.StatusReason;

/**
 * The reasons a round gives for the status moves it makes, as codes of the bundles
 * ({@code statusReason.*}): the round's name, and the date or the typed reason where there is one.
 */
final class RoundReasons {

    private RoundReasons() {
    }

    static StatusReason listed(ExchangeRound round) {
        return StatusReason.of("statusReason.listed", round.getName());
    }

    static StatusReason accepted(ExchangeRound round) {
        return StatusReason.of("statusReason.accepted", round.getName());
    }

    /** Rejected, postponed or withdrawn by a decision, with the reason typed for it if any. */
    static StatusReason decided(Outcome outcome, ExchangeRound round, String why) {
        String code = "statusReason." + outcome.name().toLowerCase(java.util.Locale.ROOT);
        return why == null ? StatusReason.of(code, round.getName()) : StatusReason.of(code + ".because", round.getName(), why);
    }

    static StatusReason cancelled(ExchangeRound round, String why) {
        return StatusReason.of("statusReason.cancelled", round.getName(), why);
    }

    static StatusReason exchanged(ExchangeRound round, java.time.LocalDate on) {
        return StatusReason.of("statusReason.exchanged", round.getName(), on.toString());
    }

    /** Left behind by the exchange: rejected by the other side, or postponed (undecided ones count as postponed). */
    static StatusReason notExchanged(ExchangeRound round, Outcome outcome) {
        return StatusReason.of("statusReason.notExchanged." + outcome.name().toLowerCase(java.util.Locale.ROOT),
                round.getName());
    }
}
