package org.homeward.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One entry of a case's status history, as the case page and the API show it. {@code reason} is in the
 * reader's language where the system gave it, as typed otherwise. {@code requestedBy} is the caseworker
 * who asked for a move that {@code changedBy}, a supervisor, approved; null otherwise.
 */
public record StatusChangeRecord(long id, String from, String to, String changedBy, Instant changedAt, String reason,
                               String closingReason, Long sourceId, String sourceKind, LocalDate sourceReceivedOn,
                               Long roundId, String requestedBy) implements Serializable {

    static StatusChangeRecord of(StatusChange change, Locale reader) {
        return new StatusChangeRecord(change.getId(), change.getFrom().name(), change.getTo().name(), change.getChangedBy(),
                change.getChangedAt(), change.reasonIn(reader),
                change.getClosingReason() == null ? null : change.getClosingReason().name(),
                change.getSource() == null ? null : change.getSource().getId(),
                change.getSource() == null ? null : change.getSource().getKind().name(),
                change.getSource() == null ? null : change.getSource().getReceivedOn(), change.getRoundId(),
                change.getRequestedBy());
    }
}
