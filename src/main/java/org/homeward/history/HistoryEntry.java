package org.homeward.history;

import java.time.Instant;
import java.util.List;

/**
 * One change to a case or one of its parts, from one audit revision: who, when, from where and why,
 * which part ({@code Person}, {@code CaseNote}, {@code StatusChange}, {@code Nomination}…), whether it
 * was added, modified or deleted, and the fields it altered.
 */
public record HistoryEntry(long revision, Instant at, String username, String reason, String part, long partId,
                           String kind, List<FieldChange> changes) {
}
