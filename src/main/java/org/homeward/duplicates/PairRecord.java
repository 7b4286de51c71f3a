package org.homeward.duplicates;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A pair of the queue as a supervisor reads it: the two records (lower id first), how likely they are one
 * person and why, in the reader's language, and what was decided.
 */
public record PairRecord(long id, Side lower, Side higher, int score, List<String> explanation, PairState state,
                         Instant foundAt, String foundBy, Instant decidedAt, String decidedBy, long version) implements Serializable {

    /** One of the two records, as the queue names it. */
    public record Side(long personId, String caseNumber, String fullName, String office) implements Serializable {
    }
}
