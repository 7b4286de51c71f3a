package org.homeward.custody;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.person.DatePrecision;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.person.ReadablePersons;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.Validation;
import org.homeward.workflow.ApprovalRules;
import org.homeward.workflow.ApprovalRecord;
import org.homeward.person.RepatriationStatus;
import org.homeward.workflow.StatusChangeRecord;
import org.homeward.workflow.StatusRules;
import org.homeward.workflow.Transition;
import org.homeward.workflow.WorkflowService;

/**
 * The custody events of a case: its timeline, and recording an event, which may move the current
 * whereabouts ({@link Whereabouts}) and, for a death, the case to {@code DECEASED} through the
 * workflow's rules. Everything is reached through the person, whose record scope decides who may see
 * and add it.
 */
@Stateless
public class CustodyService {

    static final int MAX_PLACE = 300;
    static final int MAX_NOTE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkflowService workflow;

    @Inject
    Clock clock;

    /** An event as a user or a script gives it: the date written as far as it is known (2026-04-12, 2026-04, 2026). */
    public record Draft(CustodyEventKind kind, String date, DatePrecision precision, String place, Long sourceId,
                        String note) implements Serializable {
    }

    /**
     * What a death event would do to the case for this user: move it to {@code DECEASED} at once, ask a
     * supervisor to approve that move, nothing (the case already says so), or be refused (no such move
     * from the case's status).
     */
    public enum DeathMove {
        AT_ONCE, APPROVAL, ALREADY_DECEASED, REFUSED
    }

    /** A case's custody record: its side (whose record it is), where the person is now, the events newest first. */
    public record Timeline(String side, String status, String currentLocation, DeathMove deathMove,
                           List<CustodyEventRecord> events) implements Serializable {
    }

    /**
     * An event just recorded, with what followed from it: the whereabouts now, and for a death the
     * status change made or the request for approval filed (both null otherwise).
     */
    public record Recorded(CustodyEventRecord event, String currentLocation, StatusChangeRecord statusChange,
                           ApprovalRecord approval) {
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Timeline timeline(long personId) {
        Person person = readablePersons.require(personId);
        List<CustodyEventRecord> events = em.createNamedQuery("CustodyEvent.of", CustodyEvent.class)
                .setParameter("id", personId).getResultStream().map(CustodyEventRecord::of).toList();
        return new Timeline(person.getSide().name(), person.getStatus().name(), person.getWhereabouts().getCurrentLocation(),
                deathMove(person), events);
    }

    private DeathMove deathMove(Person person) {
        RepatriationStatus from = person.getStatus();
        if (from == RepatriationStatus.DECEASED) {
            return DeathMove.ALREADY_DECEASED;
        }
        if (StatusRules.kind(from, RepatriationStatus.DECEASED, person.getSide()).isEmpty()) {
            return DeathMove.REFUSED;
        }
        return ApprovalRules.needsApproval(from, RepatriationStatus.DECEASED, person.getSide(), currentUser.getRoles())
                ? DeathMove.APPROVAL : DeathMove.AT_ONCE;
    }

    /**
     * Records an event on the case. Refused with the fields at fault before anything is written; a death
     * needs a note (the reason of the move to {@code DECEASED}) and a status from which that move exists.
     * The event, the whereabouts and the status move (or the request for it) are one transaction: a
     * request refused for the case's state (one already waiting) leaves no event either.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Recorded record(long personId, Draft draft) {
        Person person = readablePersons.require(personId);
        // Two events recorded at once: the second waits, then sees the first when deciding which is latest.
        ConcurrentSave.lock(em, person);
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(FieldError.of("kind", "custody.kind.required"));
        }
        EventDate date = EventDate.check(draft.date(), draft.precision(), LocalDate.now(clock), errors);
        String place = FreeText.clean(draft.place());
        FreeText.check("place", place, MAX_PLACE, errors);
        String note = FreeText.clean(draft.note());
        FreeText.check("note", note, MAX_NOTE, errors);
        InformationSource source = null;
        if (draft.sourceId() != null) {
            source = em.find(InformationSource.class, draft.sourceId());
            if (source == null || !source.getPerson().equals(person)) {
                errors.add(FieldError.of("sourceId", "custody.source.unknown", draft.sourceId()));
                source = null;
            }
        }
        DeathMove deathMove = draft.kind() == CustodyEventKind.DEATH ? deathMove(person) : null;
        if (deathMove == DeathMove.REFUSED) {
            errors.add(FieldError.of("kind", "custody.death.notFrom", person.getStatus().name()));
        }
        if (deathMove != null && deathMove != DeathMove.ALREADY_DECEASED && note == null) {
            errors.add(FieldError.of("note", "custody.death.noteRequired"));
        }
        Validation.reject(errors);

        Instant now = Instant.now(clock);
        LocalDate latestOther = em.createNamedQuery("CustodyEvent.latestDayOf", LocalDate.class)
                .setParameter("id", personId).getSingleResult();
        CustodyEvent event = new CustodyEvent(person, draft.kind(), date, place, source, note,
                currentUser.getUsername(), now);
        em.persist(event);
        if (Whereabouts.follow(date.getDay(), place, latestOther, person.getWhereabouts().getLocationConfirmedOn())) {
            person.followCustodyTo(place, now);
        }
        ConcurrentSave.flush(em);
        StatusChangeRecord change = null;
        ApprovalRecord approval = null;
        if (deathMove == DeathMove.AT_ONCE || deathMove == DeathMove.APPROVAL) {
            WorkflowService.TransitionOutcome outcome = workflow.transition(personId,
                    new Transition(RepatriationStatus.DECEASED, note, null, source == null ? null : source.getId(), null));
            change = outcome.change();
            approval = outcome.approval();
        }
        return new Recorded(CustodyEventRecord.of(event), person.getWhereabouts().getCurrentLocation(), change, approval);
    }
}
