package org.homeward.history;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One change to a case or one of its parts, from one audit revision: who, when, from where (the client's
 * address) and why, which part ({@code Person}, {@code CaseNote}, {@code StatusChange}, {@code Nomination}…),
 * whether it was added, modified or deleted, and the fields it altered.
 */
public record HistoryEntry(long revision, Instant at, String username, String clientAddress, String reason, String part,
                           long partId, String kind, List<FieldChange> changes) implements Serializable {

    /** The same change with its reason hidden (the reason given for a change is typed text, as a status move's is). */
    HistoryEntry withReasonHidden() {
        return reason == null ? this
                : new HistoryEntry(revision, at, username, clientAddress, FieldChange.MASK, part, partId, kind, changes);
    }
}
