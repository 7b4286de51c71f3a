package org.homeward.round;

/**
 * What recording a round's exchange would do, as the supervisor confirms it: how many people we
 * receive (our own, accepted), how many we hand over (the other side's, accepted), and how many on the
 * list are not exchanged (rejected, postponed or undecided: they return to where they were).
 */
public record ExchangePlan(long receiving, long handingOver, long notExchanged) {

    /** As many go home on each side. */
    public boolean atParity() {
        return receiving == handingOver;
    }
}
