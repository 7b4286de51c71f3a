package org.homeward.round;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a round stands: {@code PLANNED → NEGOTIATING → AGREED → IN_PROGRESS → COMPLETED}, or
 * {@code CANCELLED}. A round is completed only by recording its exchange.
 */
public enum RoundStatus {
    PLANNED, NEGOTIATING, AGREED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** Whether people can still be listed, decided on and exchanged. */
    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }

    /** The statuses a supervisor may set by hand from this one (completion is the exchange's). */
    public Set<RoundStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(NEGOTIATING, CANCELLED);
            case NEGOTIATING -> EnumSet.of(AGREED, CANCELLED);
            // Talks can reopen after an agreement falls through.
            case AGREED -> EnumSet.of(NEGOTIATING, IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(RoundStatus.class);
        };
    }

    /** Whether the exchange can be recorded: the sides have agreed the list. */
    public boolean readyForExchange() {
        return this == AGREED || this == IN_PROGRESS;
    }
}
