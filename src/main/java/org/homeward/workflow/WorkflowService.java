package org.homeward.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.audit.ChangeReason;
import org.homeward.audit.LastChange;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.person.ReadablePersons;
import org.homeward.person.RepatriationStatus;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.Conflict;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.Validation;

/**
 * Status changes by hand, on the case page or through the API, and the status history of a case. The
 * moves an exchange round makes go through the round.
 */
@Stateless
public class WorkflowService {

    static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    CurrentUser currentUser;

    @Inject
    StatusLedger ledger;

    @Inject
    LastChange lastChange;

    @Inject
    ChangeReason changeReason;

    @Inject
    Clock clock;

    /**
     * A status the user may move the case to, and what the move asks of them; {@code approval}: the move
     * is sent to a supervisor for approval rather than made at once.
     */
    public record Choice(RepatriationStatus to, boolean reasonRequired, boolean closing, boolean approval) implements Serializable {
    }

    /**
     * What became of a move asked for: made at once ({@code change}), or waiting for a supervisor's
     * approval ({@code approval}); exactly one of the two.
     */
    public record TransitionOutcome(StatusChangeRecord change, ApprovalRecord approval) {

        public boolean pending() {
            return approval != null;
        }
    }

    /** The case's status and the moves this user may make from it. */
    public record StatusChoices(RepatriationStatus current, boolean remains, long version, List<Choice> choices) implements Serializable {
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public StatusChoices choices(long personId) {
        Person person = readablePersons.require(personId);
        List<Choice> choices = new ArrayList<>();
        RepatriationStatus from = person.getStatus();
        for (RepatriationStatus to : RepatriationStatus.values()) {
            boolean direct = StatusRules.mayMove(from, to, person.getSide(), currentUser.getRoles());
            if (direct || ApprovalRules.needsApproval(from, to, person.getSide(), currentUser.getRoles())) {
                choices.add(new Choice(to, StatusRules.needsReason(from, to, person.getSide()),
                        to == RepatriationStatus.CLOSED, !direct));
            }
        }
        return new StatusChoices(person.getStatus(), person.isRemains(), person.getVersion(), choices);
    }

    /**
     * Moves the case to another status, or, for a caseworker's move that needs a supervisor, asks a
     * supervisor to approve it (nothing on the case changes until then). Refused with the fields at
     * fault when the move does not exist, is one only a round makes, or lacks its reason (so a request
     * that could never be applied is never made); with a conflict when the case changed since the caller
     * read it, or already has a request waiting.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public TransitionOutcome transition(long personId, Transition transition) {
        Person person = readablePersons.require(personId);
        RepatriationStatus from = person.getStatus();
        RepatriationStatus to = transition.to();
        boolean exists = to != null && StatusRules.kind(from, to, person.getSide()).isPresent();
        boolean needsApproval = ApprovalRules.needsApproval(from, to, person.getSide(), currentUser.getRoles());
        if (exists && !needsApproval && !StatusRules.byRoundOnly(from, to, person.getSide())
                && !StatusRules.mayMove(from, to, person.getSide(), currentUser.getRoles())) {
            throw new EJBAccessException("moving a case to " + to + " from " + from + " needs a supervisor");
        }
        String reason = FreeText.clean(transition.reason());
        List<FieldError> errors = new ArrayList<>(StatusRules.problems(from, to, person.getSide(), reason,
                transition.closingReason()));
        FreeText.check("reason", reason, MAX_REASON, errors);
        InformationSource source = null;
        if (transition.sourceId() != null) {
            source = em.find(InformationSource.class, transition.sourceId());
            if (source == null || !source.getPerson().equals(person)) {
                errors.add(FieldError.of("sourceId", "transition.source.unknown", transition.sourceId()));
            }
        }
        Validation.reject(errors);
        if (transition.versionRead() != null && transition.versionRead() != person.getVersion()) {
            throw lastChange.conflictOn(Person.class, personId);
        }
        changeReason.set(reason);
        if (needsApproval) {
            return new TransitionOutcome(null, ask(person, to, reason, transition.closingReason(), source));
        }
        StatusChange change = ledger.move(person, to, reason, transition.closingReason(), source);
        ConcurrentSave.flush(em);
        // A move by hand: its reason is as typed, the same in every language.
        return new TransitionOutcome(StatusChangeRecord.of(change, Locale.ENGLISH), null);
    }

    /** Files the request for a supervisor's approval, the only open one of the case. */
    private ApprovalRecord ask(Person person, RepatriationStatus to, String reason, ClosingReason closingReason,
                             InformationSource source) {
        // Two caseworkers asking at once: the second waits here, then finds the first one's request.
        ConcurrentSave.lock(em, person);
        em.createNamedQuery("ApprovalRequest.openFor", ApprovalRequest.class).setParameter("personId", person.getId())
                .getResultStream().findFirst().ifPresent(open -> {
                    throw Conflict.because("approval.alreadyOpen", open.getTo(), open.getRequestedBy());
                });
        ApprovalRequest request = new ApprovalRequest(person, to, reason, closingReason, source,
                currentUser.getUsername(), Instant.now(clock));
        em.persist(request);
        try {
            ConcurrentSave.flush(em);
        } catch (PersistenceException failed) {
            if (uniqueViolation(failed)) {
                // The unique index on the open request: the database's word, should the lock above be bypassed.
                throw Conflict.because("approval.alreadyOpen.justNow");
            }
            throw failed;
        }
        return ApprovalRecord.of(request);
    }

    /** Whether the database refused a write for a unique key (SQLSTATE 23505 on H2 and PostgreSQL alike). */
    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The case's status history, newest first, the reasons the system gave in the reader's language. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<StatusChangeRecord> history(long personId, Locale reader) {
        readablePersons.require(personId);
        return em.createNamedQuery("StatusChange.of", StatusChange.class).setParameter("id", personId)
                .getResultStream().map(change -> StatusChangeRecord.of(change, reader)).toList();
    }
}
