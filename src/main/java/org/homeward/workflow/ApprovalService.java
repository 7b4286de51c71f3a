package org.homeward.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.ChangeReason;
import org.homeward.person.Person;
import org.homeward.person.ReadablePersons;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.Conflict;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.NotFound;
import org.homeward.platform.Validation;

/**
 * Requests for a supervisor's approval of a caseworker's status move (made by {@link WorkflowService}):
 * the supervisor's inbox, the caseworker's own requests, the request waiting on a case, and the
 * decision. A supervisor decides the requests of the cases in their record scope (their office's; the
 * head office's supervisors, every case's); approving makes the move, with both names in the history.
 */
@Stateless
public class ApprovalService {

    /** The most requests one list shows: an inbox is worked through, not paged. */
    static final int LIST_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    StatusLedger ledger;

    @Inject
    ChangeReason changeReason;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /**
     * For a supervisor, the requests on the cases of their record scope, oldest first (the inbox:
     * pending ones unless {@code state} says otherwise); for a caseworker, their own requests newest
     * first, in any state unless {@code state} narrows them.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<ApprovalRecord> list(ApprovalState state) {
        boolean supervisor = currentUser.hasRole(Role.SUPERVISOR);
        ApprovalState shown = supervisor && state == null ? ApprovalState.PENDING : state;
        List<ApprovalRecord> found = query(shown, supervisor ? null : currentUser.getUsername(), supervisor);
        accessLog.record(currentUser.getUsername(), AccessAction.RECORDS_SEARCHED, "approval", null,
                "approvals " + (supervisor ? "in scope" : "own") + " state=" + shown + " -> " + found.size());
        return found;
    }

    /** The caller's own requests, newest first: what became of what they asked (My work). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<ApprovalRecord> mine() {
        List<ApprovalRecord> found = query(null, currentUser.getUsername(), false);
        accessLog.record(currentUser.getUsername(), AccessAction.RECORDS_SEARCHED, "approval", null,
                "approvals own -> " + found.size());
        return found;
    }

    /** The request waiting on this case, if one is; for anyone who may see the case. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Optional<ApprovalRecord> openOn(long personId) {
        readablePersons.require(personId);
        return em.createNamedQuery("ApprovalRequest.openFor", ApprovalRequest.class).setParameter("personId", personId)
                .getResultStream().findFirst().map(ApprovalRecord::of);
    }

    /**
     * Approves or declines a pending request. Approving makes the move as asked (reason, closing reason,
     * evidence) and names both the requester and the approver in the status history; the supervisor's
     * own reason is optional. Declining needs a reason and changes nothing on the case. A request
     * decided already, or closed as stale because the case moved meanwhile, is refused with a conflict
     * saying so; a case outside the caller's record scope with 403.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public ApprovalRecord decide(long requestId, ApprovalDecision decision, String reason) {
        ApprovalRequest request = em.find(ApprovalRequest.class, requestId);
        if (request == null) {
            throw new NotFound("approval request", requestId);
        }
        Person person = readablePersons.require(request.getPerson().getId());
        String why = FreeText.clean(reason);
        List<FieldError> errors = new ArrayList<>(ApprovalRules.decisionProblems(decision, why));
        FreeText.check("reason", why, WorkflowService.MAX_REASON, errors);
        Validation.reject(errors);
        // Against a move or a decision at the same moment: the second waits, then finds what the first did.
        ConcurrentSave.lock(em, person);
        ConcurrentSave.lock(em, request);
        ApprovalRules.refusal(request.getState(), request.getFrom(), person.getStatus(), request.getDecidedBy(),
                request.getMovedTo()).ifPresent(refused -> {
                    throw Conflict.because(refused.messageKey(), refused.arguments().toArray());
                });
        Instant now = Instant.now(clock);
        if (decision == ApprovalDecision.DECLINE) {
            changeReason.set(why);
            request.decline(currentUser.getUsername(), now, why);
        } else {
            // The rules are the same as when the request was made, the status too: checked again all the same,
            // so that nothing the workflow does not allow is ever written on approval.
            List<FieldError> problems = StatusRules.problems(request.getFrom(), request.getTo(), person.getSide(),
                    request.getReason(), request.getClosingReason());
            if (!problems.isEmpty() || !StatusRules.mayMove(request.getFrom(), request.getTo(), person.getSide(),
                    currentUser.getRoles())) {
                throw Conflict.because("approval.refused.rules", request.getFrom(), request.getTo());
            }
            changeReason.set(why == null ? request.getReason() : why);
            request.approve(currentUser.getUsername(), now, why);
            ledger.moveApproved(request);
        }
        ConcurrentSave.flush(em);
        return ApprovalRecord.of(request);
    }

    private List<ApprovalRecord> query(ApprovalState state, String requestedBy, boolean oldestFirst) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ApprovalRequest> query = cb.createQuery(ApprovalRequest.class);
        Root<ApprovalRequest> request = query.from(ApprovalRequest.class);
        @SuppressWarnings("unchecked")
        Join<ApprovalRequest, Person> person = (Join<ApprovalRequest, Person>) request.<ApprovalRequest, Person>fetch("person");
        Join<Person, ?> office = person.join("office");
        Join<Person, ?> assignee = person.join("assignedTo", JoinType.LEFT);
        request.fetch("source", JoinType.LEFT);
        List<Predicate> where = new ArrayList<>();
        where.add(currentUser.scope().predicate(cb, office.get("code"), assignee.get("username"), person.get("restricted")));
        if (state != null) {
            where.add(cb.equal(request.get("state"), state));
        }
        if (requestedBy != null) {
            where.add(cb.equal(request.get("requestedBy"), requestedBy));
        }
        query.select(request).where(where.toArray(Predicate[]::new))
                .orderBy(oldestFirst ? cb.asc(request.get("requestedAt")) : cb.desc(request.get("requestedAt")),
                        oldestFirst ? cb.asc(request.get("id")) : cb.desc(request.get("id")));
        return em.createQuery(query).setMaxResults(LIST_LIMIT).getResultStream().map(ApprovalRecord::of).toList();
    }
}
