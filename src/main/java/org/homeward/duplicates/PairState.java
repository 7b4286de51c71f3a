package org.homeward.duplicates;

/** Where a possible duplicate stands in the supervisor's queue. */
public enum PairState {
    /** Found, not yet looked at. */
    OPEN,
    /** A supervisor confirmed the two records are one person; the merge is still to do. */
    CONFIRMED,
    /** A supervisor found two people: the pair is never queued again. */
    DISMISSED,
    /** The two records were merged into one. */
    MERGED
}
