package org.homeward.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.homeward.access.CurrentUser;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;

/**
 * Writes a status move: the person's new status and the history entry, in the caller's transaction.
 * Whether the caller may make the move is decided before, by {@link WorkflowService} for moves by hand
 * and by the exchange round for its own; here only a move the workflow does not know at all is refused,
 * so no path can write an impossible history.
 */
@ApplicationScoped
public class StatusLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<StatusChanged> changes;

    /** A move by hand, already checked against the rules and the caller's roles. */
    StatusChange move(Person person, RepatriationStatus to, String reason, ClosingReason closingReason,
                      InformationSource source) {
        return write(person, to, reason, closingReason, source, null, currentUser.getUsername(), Instant.now(clock), null);
    }

    /**
     * A move a caseworker asked for and the current user, a supervisor, approved: the history entry
     * names both. The request is closed before, so the move does not make it stale.
     */
    StatusChange moveApproved(ApprovalRequest request) {
        return write(request.getPerson(), request.getTo(), request.getReason(), request.getClosingReason(),
                request.getSource(), null, currentUser.getUsername(), Instant.now(clock), request.getRequestedBy());
    }

    /** A move made by exchange round {@code roundId}: nominating, accepting, recording the exchange. */
    public StatusChange moveByRound(Person person, RepatriationStatus to, StatusReason reason, long roundId) {
        return moveByRound(person, to, reason, roundId, currentUser.getUsername(), Instant.now(clock));
    }

    /** As {@link #moveByRound(Person, RepatriationStatus, StatusReason, long)}, by whom and when the round says. */
    public StatusChange moveByRound(Person person, RepatriationStatus to, StatusReason reason, long roundId, String by,
                                    Instant at) {
        RepatriationStatus from = allowed(person, to);
        person.moveTo(to, at);
        return written(new StatusChange(person, from, to, by, at, reason, roundId), true);
    }

    /**
     * A move that was made elsewhere and is recorded now as it happened, by whom and when: history
     * brought in with a caseload (the demo installation, a partner's import).
     */
    public StatusChange recordMade(Person person, RepatriationStatus to, String reason, ClosingReason closingReason,
                                   Long roundId, String by, Instant at) {
        return write(person, to, reason, closingReason, null, roundId, by, at, null);
    }

    private StatusChange write(Person person, RepatriationStatus to, String reason, ClosingReason closingReason,
                               InformationSource source, Long roundId, String by, Instant at, String requestedBy) {
        RepatriationStatus from = allowed(person, to);
        person.moveTo(to, at);
        return written(new StatusChange(person, from, to, by, at, reason, closingReason, source, roundId, requestedBy),
                roundId != null);
    }

    /** The person's status now, when the workflow knows a move from it to {@code to}. */
    private static RepatriationStatus allowed(Person person, RepatriationStatus to) {
        RepatriationStatus from = person.getStatus();
        if (StatusRules.kind(from, to, person.getSide()).isEmpty()) {
            throw new IllegalStateException("no move " + from + " -> " + to + " for person " + person.getId());
        }
        return from;
    }

    private StatusChange written(StatusChange change, boolean byRound) {
        em.persist(change);
        changes.fire(new StatusChanged(change.getPerson(), change.getFrom(), change.getTo(), byRound));
        return change;
    }
}
