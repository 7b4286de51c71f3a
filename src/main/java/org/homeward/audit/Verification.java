package org.homeward.audit;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;

/**
 * The answer to "has anyone changed the audit trail or the access log behind the application's back?":
 * intact or not, how many sealed entries were found as sealed, and the first link that does not hold.
 */
@JsonbNillable
public record Verification(boolean intact, long checked, Broken firstBroken) implements Serializable {

    static Verification intact(long checked) {
        return new Verification(true, checked, null);
    }

    static Verification broken(long checked, Broken firstBroken) {
        return new Verification(false, checked, firstBroken);
    }

    /**
     * Where a chain breaks: {@code chain} is "revisions" or "access", {@code position} the place in the
     * chain (seal_seq), {@code id} the row there (the revision number or the access-log entry's id);
     * each is null where it does not apply (a deleted row has no id any more).
     */
    @JsonbNillable
    public record Broken(String chain, Long position, Long id, Problem problem) implements Serializable {
    }

    public enum Problem {
        /** The row, or for a revision one of the audit rows it wrote, is not what was sealed. */
        CONTENT_CHANGED,
        /** The row is as sealed but its seal was removed or replaced, or the chain's head was. */
        SEAL_ALTERED,
        /** A sealed row is gone: its place in the chain is empty. */
        ROW_DELETED,
        /** A row that sealing should have covered has no seal. */
        NOT_SEALED,
        /**
         * The chain ends before a head anchored outside the database, or holds another seal at its place:
         * sealed entries were cut and the head set back ({@code position} is the anchored place).
         */
        BEHIND_ANCHOR,
        /** No audit key is configured, so nothing is sealed and nothing can be checked. */
        KEY_MISSING
    }
}
