package org.homeward.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.AccessLogEntry;
import org.homeward.audit.AuditRevision;
import org.homeward.custody.CustodyEvent;
import org.homeward.person.CaseNote;
import org.homeward.person.FamilyLink;
import org.homeward.person.FollowUpTask;
import org.homeward.person.IdentityDocument;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.person.ReadablePersons;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.NotFound;
import org.homeward.platform.Validation;
import org.homeward.round.ExchangeRound;
import org.homeward.round.Nomination;
import org.homeward.workflow.StatusChange;

/**
 * The history of a case for supervisors and auditors: every change to the person's record and to its
 * parts (documents, sources, family links, notes, tasks, status changes, nominations, custody events), field by field,
 * with who made it, when and why, from the Envers audit trail; and who opened the record, from the
 * access log. Supervisors see the cases of their record scope; auditors see every case's history (and
 * change nothing). Reading a history is itself on file.
 */
@Stateless
public class CaseHistoryService {

    /** The parts of a case whose changes belong to its history, each pointing at the person by {@code person}. */
    static final List<Class<?>> PARTS = List.of(IdentityDocument.class, InformationSource.class,
            FamilyLink.class, CaseNote.class, FollowUpTask.class, StatusChange.class, Nomination.class,
            CustodyEvent.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    AccessLog accessLog;

    /** Who opened the record (or read its history) and when. */
    public record Opening(Instant at, String username, String action) implements Serializable {
    }

    /**
     * A case's history: its changes newest first (filtered), and the openings of the record;
     * {@code valuesHidden} when the values of personal fields show as {@link FieldChange#MASK}.
     */
    public record CaseHistory(long personId, String caseNumber, List<HistoryEntry> changes, List<Opening> openings,
                              boolean valuesHidden) implements Serializable {
    }

    /** The longest reason an auditor may give for revealing values (the access log keeps it whole). */
    public static final int REASON_LENGTH = 400;

    /**
     * The history of the case, newest first; {@code username}, {@code from} and {@code to} (days,
     * inclusive) narrow the changes and openings shown, each may be null. Reasons the system wrote for a
     * status move read in the {@code reader}'s language. Supervisors (of the record's scope) read the
     * values as they were; auditors read who changed which fields when, the values of personal fields
     * hidden (see {@link #reveal}).
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.AUDITOR})
    public CaseHistory of(long personId, String username, LocalDate from, LocalDate to, Locale reader) {
        Person person = require(personId);
        boolean masked = !currentUser.hasRole(Role.SUPERVISOR);
        CaseHistory history = history(person, username, from, to, reader, masked);
        accessLog.record(currentUser.getUsername(), AccessAction.HISTORY_VIEWED, "person", personId,
                history.changes().size() + " changes");
        return history;
    }

    /**
     * Break-glass: the history of the case with the values of personal fields, for an auditor who states
     * why. The reason (required) goes into the access log with the case, where every auditor reads it; the
     * values are in this answer only, and the next reading of the history hides them again.
     */
    @RolesAllowed(Role.Names.AUDITOR)
    public CaseHistory reveal(long personId, String reason, String username, LocalDate from, LocalDate to, Locale reader) {
        String why = FreeText.clean(reason);
        List<FieldError> errors = new ArrayList<>();
        if (why == null) {
            errors.add(FieldError.of("reason", "history.reveal.reason.required"));
        }
        FreeText.check("reason", why, REASON_LENGTH, errors);
        Validation.reject(errors);
        Person person = require(personId);
        accessLog.record(currentUser.getUsername(), AccessAction.HISTORY_REVEALED, "person", personId, why);
        return history(person, username, from, to, reader, false);
    }

    private CaseHistory history(Person person, String username, LocalDate from, LocalDate to, Locale reader,
                                boolean masked) {
        long personId = person.getId();
        boolean mayReadMedicalNotes = readablePersons.mayReadMedicalNotes(person);
        Predicate<Field> hidden = masked ? PersonalData::covers
                : field -> !mayReadMedicalNotes && field.getName().equals("medicalNotes");
        AuditReader audit = AuditReaderFactory.get(em);
        List<HistoryEntry> changes = new ArrayList<>(entries(audit, Person.class, rows(audit.createQuery()
                .forRevisionsOfEntity(Person.class, false, true).add(AuditEntity.id().eq(personId))), hidden, reader,
                new HashMap<>()));
        for (Class<?> part : PARTS) {
            Predicate<Field> partHidden = masked ? hidden : field -> false;
            Map<Object, Object[]> last = new HashMap<>();
            changes.addAll(entries(audit, part, rows(audit.createQuery().forRevisionsOfEntity(part, false, true)
                    .add(AuditEntity.relatedId("person").eq(personId))), partHidden, reader, last));
            changes.addAll(entries(audit, part, movedAway(audit, part, personId, last), partHidden, reader, last));
        }
        String who = username == null || username.isBlank() ? null : username.strip();
        Instant since = from == null ? null : from.atStartOfDay(ZoneId.systemDefault()).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        List<HistoryEntry> shown = changes.stream()
                .filter(e -> who == null || who.equals(e.username()))
                .filter(e -> since == null || !e.at().isBefore(since))
                .filter(e -> until == null || e.at().isBefore(until))
                .sorted(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::revision).reversed())
                .map(e -> masked ? e.withReasonHidden() : e)
                .toList();
        List<Opening> openings = em.createQuery("select e from AccessLogEntry e where e.subjectType = 'person' "
                        + "and e.subjectId = :id and e.action in :actions order by e.occurredAt desc, e.id desc", AccessLogEntry.class)
                .setParameter("id", String.valueOf(personId))
                .setParameter("actions", List.of(AccessAction.RECORD_OPENED, AccessAction.HISTORY_VIEWED,
                        AccessAction.HISTORY_REVEALED))
                .setMaxResults(500)
                .getResultStream()
                .filter(e -> who == null || who.equals(e.getUsername()))
                .filter(e -> since == null || !e.getOccurredAt().isBefore(since))
                .filter(e -> until == null || e.getOccurredAt().isBefore(until))
                .map(e -> new Opening(e.getOccurredAt(), e.getUsername(), e.getAction().name())).toList();
        return new CaseHistory(personId, person.getCaseNumber(), shown, openings, masked);
    }

    /** Who opened the record, newest first (API contract v1: for auditors). */
    @RolesAllowed(Role.Names.AUDITOR)
    public List<Opening> openings(long personId) {
        require(personId);
        return em.createQuery("select e from AccessLogEntry e where e.subjectType = 'person' and e.subjectId = :id "
                        + "and e.action = :action order by e.occurredAt desc, e.id desc", AccessLogEntry.class)
                .setParameter("id", String.valueOf(personId)).setParameter("action", AccessAction.RECORD_OPENED)
                .setMaxResults(1000)
                .getResultStream().map(e -> new Opening(e.getOccurredAt(), e.getUsername(), e.getAction().name())).toList();
    }

    /** The numbers of the revisions that changed the case or one of its parts, for the auditor's search. */
    @RolesAllowed(Role.Names.AUDITOR)
    public List<Long> revisionsOf(long personId) {
        AuditReader reader = AuditReaderFactory.get(em);
        java.util.Set<Long> revisions = new java.util.TreeSet<>();
        revisions.addAll(numbers(reader.createQuery().forRevisionsOfEntity(Person.class, false, true)
                .add(AuditEntity.id().eq(personId))));
        for (Class<?> part : PARTS) {
            revisions.addAll(numbers(reader.createQuery().forRevisionsOfEntity(part, false, true)
                    .add(AuditEntity.relatedId("person").eq(personId))));
        }
        return List.copyOf(revisions);
    }

    /** Which of these revisions changed a case or one of its parts (a search's page of revisions, at most a thousand). */
    @RolesAllowed(Role.Names.AUDITOR)
    public Set<Long> revisionsChangingCases(List<Long> among) {
        if (among.isEmpty()) {
            return Set.of();
        }
        AuditReader reader = AuditReaderFactory.get(em);
        Set<Long> changing = new HashSet<>();
        for (Class<?> type : Stream.concat(Stream.of(Person.class), PARTS.stream()).toList()) {
            changing.addAll(numbers(reader.createQuery().forRevisionsOfEntity(type, false, true)
                    .add(AuditEntity.revisionNumber().in(among))));
        }
        return changing;
    }

    private static List<Long> numbers(AuditQuery query) {
        return ((List<?>) query.addProjection(AuditEntity.revisionNumber().distinct()).getResultList()).stream()
                .map(number -> ((Number) number).longValue()).toList();
    }

    /** Auditors read every case's history; supervisors those of their record scope. */
    private Person require(long personId) {
        if (currentUser.hasRole(Role.SUPERVISOR)) {
            return readablePersons.require(personId);
        }
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFound("person", personId);
        }
        return person;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(AuditQuery query) {
        return query.addOrder(AuditEntity.revisionNumber().asc()).getResultList();
    }

    /**
     * A merge moved parts of this case to the surviving record: for each part the case held ({@code last},
     * its last row here by id), the revision where it left, the first of its rows after that naming another
     * record, so that the closed record's history shows where each part went.
     */
    private List<Object[]> movedAway(AuditReader audit, Class<?> part, long personId, Map<Object, Object[]> last) {
        if (last.isEmpty()) {
            return List.of();
        }
        Set<Object> moved = new HashSet<>();
        return rows(audit.createQuery().forRevisionsOfEntity(part, false, true)
                .add(AuditEntity.id().in(last.keySet())).add(AuditEntity.relatedId("person").ne(personId)))
                .stream()
                .filter(row -> ((AuditRevision) row[1]).getId() > ((AuditRevision) last.get(idOf(row[0]))[1]).getId())
                .filter(row -> moved.add(idOf(row[0])))
                .toList();
    }

    /**
     * A part first seen here as modified came from another record (a merge moved it): its state at its
     * revision before, on that record, is what the move changed.
     */
    private static Object stateBefore(AuditReader audit, Class<?> type, Object id, long revision) {
        List<?> earlier = audit.createQuery().forRevisionsOfEntity(type, true, true).add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(revision)).addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1).getResultList();
        return earlier.isEmpty() ? null : earlier.get(0);
    }

    private Object idOf(Object record) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record);
    }

    /** The entries of these audit rows, oldest first; {@code last} holds the latest row of each record seen. */
    private List<HistoryEntry> entries(AuditReader audit, Class<?> type, List<Object[]> rows, Predicate<Field> hidden,
                                       Locale reader, Map<Object, Object[]> last) {
        // A status change keeps the round it came from as a bare id (the round may be in another office's scope
        // of writing, but its name is no secret): the history names the round.
        RecordDiff diff = new RecordDiff(em.getMetamodel().entity(type), em.getEntityManagerFactory().getPersistenceUnitUtil(),
                hidden, Map.of("roundId", id -> em.find(ExchangeRound.class, id)));
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Object record = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Object id = idOf(record);
            Object[] previous = last.get(id);
            Object before = previous != null ? previous[0]
                    : kind == RevisionType.MOD ? stateBefore(audit, type, id, revision.getId()) : null;
            List<FieldChange> changes = diff.between(kind == RevisionType.ADD ? null : before,
                    kind == RevisionType.DEL ? null : record);
            last.put(id, row);
            if (kind == RevisionType.MOD && changes.isEmpty()) {
                continue;
            }
            if (type == StatusChange.class) {
                changes = inReadersWords(((Number) id).longValue(), changes, reader);
            }
            entries.add(new HistoryEntry(revision.getId(), revision.getRevisionTime(), revision.getUsername(),
                    revision.getClientAddress(), revision.getReason(), type.getSimpleName(), ((Number) id).longValue(),
                    kind.name(), changes));
        }
        return entries;
    }

    /**
     * A status change is written once and never altered, and the reason the system gave it is kept as a
     * code beside its text (only the text is in the audit trail, as it was sealed): the code reads in the
     * reader's language. Only the system's reasons are no one's personal data: a reason a user typed
     * stays hidden when the reader may not see it.
     */
    private List<FieldChange> inReadersWords(long statusChangeId, List<FieldChange> changes, Locale reader) {
        StatusChange change = em.find(StatusChange.class, statusChangeId);
        if (change == null) {
            return changes;
        }
        return changes.stream().map(c -> "reason".equals(c.field()) && c.after() != null
                && (change.isSystemReason() || !FieldChange.HIDDEN.equals(c.type()))
                ? new FieldChange(c.field(), FieldChange.TEXT, c.before(), change.reasonIn(reader)) : c).toList();
    }
}
