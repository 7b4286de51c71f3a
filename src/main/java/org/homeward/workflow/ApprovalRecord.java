package org.homeward.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.homeward.person.Person;

/**
 * A request for approval as the inbox, the case page, My work and the API show it: the case in short
 * (number, name, category, status now), the move asked for with its reason and evidence, who asked and
 * when, and what became of it.
 */
public record ApprovalRecord(long id, long personId, String caseNumber, String familyName, String givenName,
                           String category, String currentStatus, String from, String to, String reason,
                           String closingReason, Long sourceId, String sourceKind, LocalDate sourceReceivedOn,
                           String requestedBy, Instant requestedAt, String state, String decidedBy, Instant decidedAt,
                           String decisionReason, String movedTo, long version) implements Serializable {

    static ApprovalRecord of(ApprovalRequest request) {
        Person person = request.getPerson();
        return new ApprovalRecord(request.getId(), person.getId(), person.getCaseNumber(), person.getNames().getFamilyName(),
                person.getNames().getGivenName(), person.getCategory().name(), person.getStatus().name(), request.getFrom().name(),
                request.getTo().name(), request.getReason(),
                request.getClosingReason() == null ? null : request.getClosingReason().name(),
                request.getSource() == null ? null : request.getSource().getId(),
                request.getSource() == null ? null : request.getSource().getKind().name(),
                request.getSource() == null ? null : request.getSource().getReceivedOn(),
                request.getRequestedBy(), request.getRequestedAt(), request.getState().name(), request.getDecidedBy(),
                request.getDecidedAt(), request.getDecisionReason(),
                request.getMovedTo() == null ? null : request.getMovedTo().name(), request.getVersion());
    }
}
