package org.homeward.round;

import java.util.EnumSet;
import java.util.Set;

/** Where one person stands on a round's list. */
public enum Outcome {
    /** On our list, not yet answered by the other side. */
    PROPOSED,
    /** Both sides accepted the person for this round. */
    ACCEPTED,
    /** The other side refused the person, with their reason. */
    REJECTED,
    /** Taken off the list by us. */
    WITHDRAWN,
    /** Handed over: the round's exchange was recorded. */
    EXCHANGED,
    /** Left for a later exchange. */
    POSTPONED;

    /** The outcomes a supervisor may decide from this one. */
    public Set<Outcome> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN, POSTPONED);
            case ACCEPTED -> EnumSet.of(REJECTED, WITHDRAWN, POSTPONED);
            case REJECTED -> EnumSet.of(ACCEPTED, WITHDRAWN);
            case POSTPONED -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
            case WITHDRAWN, EXCHANGED -> EnumSet.noneOf(Outcome.class);
        };
    }

    /** Whether the person is still held by this round (cannot be listed on another). */
    public boolean holdsPerson() {
        return this != WITHDRAWN && this != EXCHANGED;
    }
}
