package org.homeward.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.ChangeReason;
import org.homeward.audit.LastChange;
import org.homeward.matching.Reason;
import org.homeward.custody.CustodyEvent;
import org.homeward.person.CaseNote;
import org.homeward.person.CasePart;
import org.homeward.person.FamilyLink;
import org.homeward.person.FollowUpTask;
import org.homeward.person.IdentityDocument;
import org.homeward.person.InformationSource;
import org.homeward.person.MergedField;
import org.homeward.person.Person;
import org.homeward.person.ReadablePersons;
import org.homeward.person.RepatriationStatus;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.Conflict;
import org.homeward.platform.FieldError;
import org.homeward.platform.Messages;
import org.homeward.platform.NotFound;
import org.homeward.platform.Page;
import org.homeward.platform.Role;
import org.homeward.platform.Validation;
import org.homeward.round.Nomination;
import org.homeward.workflow.ClosingReason;
import org.homeward.workflow.StatusChange;
import org.homeward.workflow.Transition;
import org.homeward.workflow.WorkflowService;

/**
 * The supervisor's duplicates queue: the pairs of records that may be one person, within the caller's
 * record scope (both records of a pair must be in it), and the decisions on them: confirm, dismiss for
 * good, or merge the two records into one.
 */
@Stateless
public class DuplicateService {

    /**
     * The parts of one person's case that follow the survivor in a merge: documents, sources, notes, tasks,
     * custody events, the status history, the rounds' lists and family links. Approval requests stay: they
     * are decisions about the closed record (a pending one goes stale when it closes).
     */
    private static final List<Class<?>> PARTS = List.of(IdentityDocument.class, InformationSource.class,
            CaseNote.class, FollowUpTask.class, CustodyEvent.class, StatusChange.class, Nomination.class,
            FamilyLink.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkflowService workflow;

    @Inject
    AccessLog accessLog;

    @Inject
    ChangeReason changeReason;

    @Inject
    LastChange lastChange;

    @Inject
    Clock clock;

    /** One page of the queue in that state (open when none), best score first; only one person's pairs when given. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Page<PairRecord> queue(PairState state, Long personId, int page, int size, Locale locale) {
        PairState wanted = state == null ? PairState.OPEN : state;
        String scope = currentUser.scope().seesAllOffices() ? "" : " and a.office.id = :office and b.office.id = :office";
        String person = personId == null ? "" : " and (d.lowerId = :person or d.higherId = :person)";
        String from = " from DuplicatePair d, Person a, Person b where a.id = d.lowerId and b.id = d.higherId"
                + " and d.state = :state" + scope + person;
        TypedQuery<Object[]> rows = em.createQuery("select d, a, b" + from + " order by d.score desc, d.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(d)" + from, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("state", wanted);
            if (!scope.isEmpty()) {
                query.setParameter("office", currentUser.getOfficeId());
            }
            if (personId != null) {
                query.setParameter("person", personId);
            }
        }
        List<PairRecord> items = new ArrayList<>();
        for (Object[] row : rows.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            items.add(record((DuplicatePair) row[0], (Person) row[1], (Person) row[2], locale));
        }
        return new Page<>(items, count.getSingleResult(), page, size);
    }

    /** The pair with both records side by side; opening it opens both records (access log). */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public PairComparison compare(long pairId, Locale locale) {
        DuplicatePair pair = find(pairId, LockModeType.NONE);
        Person lower = readablePersons.require(pair.getLowerId());
        Person higher = readablePersons.require(pair.getHigherId());
        accessLog.record(currentUser.getUsername(), AccessAction.RECORD_OPENED, "person", lower.getId(), "duplicates");
        accessLog.record(currentUser.getUsername(), AccessAction.RECORD_OPENED, "person", higher.getId(), "duplicates");
        List<PairComparison.Field> fields = new ArrayList<>();
        for (MergedField field : MergedField.values()) {
            String one = field.valueOf(lower);
            String other = field.valueOf(higher);
            fields.add(new PairComparison.Field(field.name(), one, other, !Objects.equals(one, other)));
        }
        return new PairComparison(record(pair, lower, higher, locale), standing(lower), standing(higher), fields);
    }

    /** The two records are one person; the merge is still to do. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public PairRecord confirm(long pairId, Locale locale) {
        return decide(pairId, PairState.CONFIRMED, locale);
    }

    /** Two people after all: the pair is never queued again, by registration or scan. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public PairRecord dismiss(long pairId, Locale locale) {
        return decide(pairId, PairState.DISMISSED, locale);
    }

    /**
     * Merges the pair into the survivor, in one transaction: the chosen values taken, every part of the
     * other record moved to the survivor, and the other record closed through the workflow as a duplicate
     * of the survivor, so its status history and the audit trail say so. Refused, with nothing written,
     * across sides, when both records are on rounds or the one to close is on an open round, when either
     * is closed, and when either changed since the caller read them.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public MergeOutcome merge(long pairId, MergeOrder order) {
        DuplicatePair pair = find(pairId, LockModeType.PESSIMISTIC_WRITE);
        Person lower = readablePersons.require(pair.getLowerId());
        Person higher = readablePersons.require(pair.getHigherId());
        List<FieldError> errors = new ArrayList<>();
        if (order.survivorId() == null || (!order.survivorId().equals(lower.getId()) && !order.survivorId().equals(higher.getId()))) {
            errors.add(FieldError.of("survivorId", "duplicates.merge.survivorOfPair"));
        }
        if (order.lowerVersion() == null) {
            errors.add(FieldError.of("lowerVersion", "duplicates.merge.versionRequired"));
        }
        if (order.higherVersion() == null) {
            errors.add(FieldError.of("higherVersion", "duplicates.merge.versionRequired"));
        }
        Validation.reject(errors);
        if (pair.isDecided()) {
            throw Conflict.because("duplicates.pair.decided", pair.getState().name());
        }
        if (order.lowerVersion().longValue() != lower.getVersion()) {
            throw lastChange.conflictOn(Person.class, lower.getId());
        }
        if (order.higherVersion().longValue() != higher.getVersion()) {
            throw lastChange.conflictOn(Person.class, higher.getId());
        }
        Person survivor = order.survivorId().equals(lower.getId()) ? lower : higher;
        Person closed = survivor == lower ? higher : lower;
        Validation.reject(refusals(survivor, closed));
        Map<String, Integer> moved = moveParts(closed, survivor);
        Instant now = Instant.now(clock);
        survivor.takeOver(closed, order.takeFromOther(), now);
        String reason = Messages.in(Locale.ENGLISH).get("duplicates.merge.reason", closed.getCaseNumber(),
                survivor.getCaseNumber());
        workflow.transition(closed.getId(), new Transition(RepatriationStatus.CLOSED, reason, ClosingReason.DUPLICATE,
                null, null));
        // The revision of the merge carries its reason, set after the closing move set its own.
        changeReason.set(reason);
        pair.decide(PairState.MERGED, currentUser.getUsername(), now);
        ConcurrentSave.flush(em);
        return new MergeOutcome(survivor.getId(), survivor.getCaseNumber(), closed.getId(), closed.getCaseNumber(), moved);
    }

    /**
     * Moves every part of {@code closed} to {@code survivor} through the persistence context, each part a
     * change of its own row, so that Envers writes each moved part's history in the merge's revision (a
     * bulk update would move them unseen). How many of each moved, by table, as the merge answers it.
     */
    private Map<String, Integer> moveParts(Person closed, Person survivor) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (Class<?> type : PARTS) {
            List<?> parts = em.createQuery("select p from " + type.getSimpleName() + " p where p.person = :closed"
                    + " order by p.id", type).setParameter("closed", closed).getResultList();
            for (Object part : parts) {
                // A nomination is no case part (it is the round's list as much as the case's), but moves alike.
                if (part instanceof Nomination nomination) {
                    nomination.moveTo(survivor);
                } else {
                    ((CasePart) part).moveTo(survivor);
                }
            }
            moved.put(type.getAnnotation(Table.class).name(), parts.size());
        }
        List<FamilyLink> naming = em.createNamedQuery("FamilyLink.naming", FamilyLink.class)
                .setParameter("id", closed.getId()).getResultList();
        naming.forEach(link -> link.relinkTo(survivor));
        moved.put("family_link_related", naming.size());
        ConcurrentSave.flush(em);
        // Both records read again with the parts they now hold: the survivor's keys are rebuilt from its documents.
        em.refresh(survivor);
        em.refresh(closed);
        return moved;
    }

    private List<FieldError> refusals(Person survivor, Person closed) {
        List<FieldError> errors = new ArrayList<>();
        if (survivor.getSide() != closed.getSide()) {
            errors.add(FieldError.of("survivorId", "duplicates.merge.acrossSides"));
        }
        if (survivor.getStatus() == RepatriationStatus.CLOSED || closed.getStatus() == RepatriationStatus.CLOSED) {
            errors.add(FieldError.of("survivorId", "duplicates.merge.closedRecord"));
        }
        boolean survivorHeld = held(survivor);
        boolean closedHeld = held(closed);
        Number sharedRounds = (Number) em.createNativeQuery("select count(*) from nomination a join nomination b"
                        + " on a.round_id = b.round_id where a.person_id = ?1 and b.person_id = ?2")
                .setParameter(1, survivor.getId()).setParameter(2, closed.getId()).getSingleResult();
        if ((survivorHeld && closedHeld) || sharedRounds.longValue() > 0) {
            errors.add(FieldError.of("survivorId", "duplicates.merge.twoRounds"));
        } else if (closedHeld) {
            errors.add(FieldError.of("survivorId", "duplicates.merge.keepNominated", closed.getCaseNumber()));
        }
        return errors;
    }

    /** Whether an open round's list holds the person. */
    private boolean held(Person person) {
        return ((Number) em.createNativeQuery("select count(*) from nomination where held_person_id = ?1")
                .setParameter(1, person.getId()).getSingleResult()).longValue() > 0;
    }

    private PairRecord decide(long pairId, PairState decision, Locale locale) {
        DuplicatePair pair = find(pairId, LockModeType.PESSIMISTIC_WRITE);
        Person lower = readablePersons.require(pair.getLowerId());
        Person higher = readablePersons.require(pair.getHigherId());
        if (pair.isDecided() || pair.getState() == decision) {
            throw Conflict.because("duplicates.pair.decided", pair.getState().name());
        }
        pair.decide(decision, currentUser.getUsername(), Instant.now(clock));
        ConcurrentSave.flush(em);
        return record(pair, lower, higher, locale);
    }

    /** The pair; locked when deciding, so that two supervisors deciding at once decide one after the other. */
    private DuplicatePair find(long pairId, LockModeType lock) {
        DuplicatePair pair = em.find(DuplicatePair.class, pairId, lock);
        if (pair == null) {
            throw new NotFound("duplicate", pairId);
        }
        return pair;
    }

    private static PairComparison.Record standing(Person person) {
        return new PairComparison.Record(person.getId(), person.getCaseNumber(), person.getCategory().name(),
                person.getSide().name(), person.getStatus().name(), person.getVersion());
    }

    private PairRecord record(DuplicatePair pair, Person lower, Person higher, Locale locale) {
        if (!readablePersons.mayRead(lower) || !readablePersons.mayRead(higher)) {
            throw new EJBAccessException("duplicate pair " + pair.getId() + " is outside the caller's record scope");
        }
        Messages messages = Messages.in(locale);
        List<String> explanation = new ArrayList<>();
        for (Reason reason : pair.getReasons()) {
            explanation.add(messages.get(reason.messageKey(), reason.arguments().toArray()));
        }
        return new PairRecord(pair.getId(), side(lower), side(higher), pair.getScore(), explanation, pair.getState(),
                pair.getFoundAt(), pair.getFoundBy(), pair.getDecidedAt(), pair.getDecidedBy(), pair.getVersion());
    }

    private static PairRecord.Side side(Person person) {
        return new PairRecord.Side(person.getId(), person.getCaseNumber(), person.getNames().getFullName(),
                person.getOffice().getCode());
    }
}
