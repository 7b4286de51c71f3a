package org.homeward.person;

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
import org.homeward.access.UserAccount;
import org.homeward.access.UserRepository;
import org.homeward.audit.LastChange;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.NotFound;
import org.homeward.platform.Validation;

/**
 * What accumulates around a case: notes, follow-up tasks and family links. Everything is reached
 * through the person, so the person's record scope decides who may see and add it.
 */
@Stateless
public class CaseFileService {

    static final int MAX_NOTE = 4000;
    static final int MAX_TASK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    CurrentUser currentUser;

    @Inject
    LastChange lastChange;

    @Inject
    Clock clock;

    @Inject
    UserRepository users;

    /** A note as shown on the case page. */
    public record NoteRow(long id, String author, Instant writtenAt, String text) implements Serializable {
    }

    /** A follow-up task as shown on the case page and in "my work". */
    public record TaskRow(long id, long personId, String caseNumber, String description, LocalDate dueOn,
                           String assignee, boolean done, Instant doneAt, boolean overdue, long version) implements Serializable {
    }

    /**
     * A relative. {@code namedBy} is true for the other direction: a record that names this person as
     * its relative (the mother's page lists the child who names her as mother). {@code standing} is how
     * this person stands to the relative, whichever record named whom: the mother's reads "mother of"
     * the child, the child's "child of" the mother.
     */
    public record RelativeRow(long id, String relation, boolean namedBy, Long personId, String caseNumber,
                               String name, String contactDetails, boolean toBeInformed, String standing) implements Serializable {
    }

    /** A source of information as shown on the case page. */
    public record SourceRow(long id, String kind, LocalDate receivedOn, String reliability, String reference) implements Serializable {
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<SourceRow> sources(long personId) {
        readablePersons.require(personId);
        return em.createNamedQuery("InformationSource.of", InformationSource.class).setParameter("id", personId)
                .getResultStream().map(CaseFileService::view).toList();
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public SourceRow addSource(long personId, SourceKind kind, LocalDate receivedOn, Reliability reliability,
                                String reference) {
        Person person = readablePersons.require(personId);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(FieldError.of("kind", "source.kind.required"));
        }
        if (reliability == null) {
            errors.add(FieldError.of("reliability", "source.reliability.required"));
        }
        if (receivedOn != null && receivedOn.isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("receivedOn", "date.future"));
        }
        String text = FreeText.clean(reference);
        FreeText.check("reference", text, 500, errors);
        Validation.reject(errors);
        InformationSource source = new InformationSource(person, kind, receivedOn, reliability, text);
        em.persist(source);
        ConcurrentSave.flush(em);
        return view(source);
    }

    private static SourceRow view(InformationSource source) {
        return new SourceRow(source.getId(), source.getKind().name(), source.getReceivedOn(),
                source.getReliability().name(), source.getReference());
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<NoteRow> notes(long personId) {
        readablePersons.require(personId);
        return em.createNamedQuery("CaseNote.of", CaseNote.class).setParameter("id", personId).getResultStream()
                .map(n -> new NoteRow(n.getId(), n.getAuthor(), n.getWrittenAt(), n.getText())).toList();
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public NoteRow addNote(long personId, String text) {
        Person person = readablePersons.require(personId);
        String note = FreeText.clean(text);
        List<FieldError> errors = new ArrayList<>();
        if (note == null) {
            errors.add(FieldError.of("text", "note.required"));
        }
        FreeText.check("text", note, MAX_NOTE, errors);
        Validation.reject(errors);
        CaseNote saved = new CaseNote(person, currentUser.getUsername(), Instant.now(clock), note);
        em.persist(saved);
        ConcurrentSave.flush(em);
        return new NoteRow(saved.getId(), saved.getAuthor(), saved.getWrittenAt(), saved.getText());
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<TaskRow> tasks(long personId) {
        readablePersons.require(personId);
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery("FollowUpTask.of", FollowUpTask.class).setParameter("id", personId)
                .getResultStream().map(t -> view(t, today)).toList();
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public TaskRow addTask(long personId, String description, LocalDate dueOn, String assigneeUsername) {
        Person person = readablePersons.require(personId);
        List<FieldError> errors = new ArrayList<>();
        String text = FreeText.clean(description);
        if (text == null) {
            errors.add(FieldError.of("description", "task.description.required"));
        }
        FreeText.check("description", text, MAX_TASK, errors);
        if (dueOn == null) {
            errors.add(FieldError.of("dueOn", "task.dueOn.required"));
        }
        String username = assigneeUsername == null || assigneeUsername.isBlank() ? currentUser.getUsername() : assigneeUsername.strip();
        UserAccount assignee = users.find(username).filter(UserAccount::mayHandleCases).orElse(null);
        if (assignee == null) {
            errors.add(FieldError.of("assignee", "person.assignedTo.unknown", username));
        }
        Validation.reject(errors);
        FollowUpTask task = new FollowUpTask(person, text, dueOn, assignee, currentUser.getUsername());
        em.persist(task);
        ConcurrentSave.flush(em);
        return view(task, LocalDate.now(clock));
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public TaskRow completeTask(long taskId, long versionRead) {
        FollowUpTask task = em.find(FollowUpTask.class, taskId);
        if (task == null) {
            throw new NotFound("task", taskId);
        }
        readablePersons.require(task.getPerson().getId());
        if (task.getVersion() != versionRead) {
            throw lastChange.conflictOn(FollowUpTask.class, taskId);
        }
        task.complete(Instant.now(clock));
        ConcurrentSave.flush(em);
        return view(task, LocalDate.now(clock));
    }

    /** The open tasks of the signed-in user, soonest first, on cases they may still see. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<TaskRow> myOpenTasks() {
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery("FollowUpTask.openFor", FollowUpTask.class)
                .setParameter("username", currentUser.getUsername()).getResultStream()
                .filter(t -> readablePersons.mayRead(t.getPerson()))
                .map(t -> view(t, today)).toList();
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<RelativeRow> relatives(long personId) {
        readablePersons.require(personId);
        List<RelativeRow> relatives = new ArrayList<>();
        for (FamilyLink link : em.createNamedQuery("FamilyLink.of", FamilyLink.class).setParameter("id", personId).getResultList()) {
            relatives.add(view(link, link.getRelatedPerson(), false));
        }
        for (FamilyLink link : em.createNamedQuery("FamilyLink.naming", FamilyLink.class).setParameter("id", personId).getResultList()) {
            relatives.add(view(link, link.getPerson(), true));
        }
        return relatives;
    }

    /**
     * Links a relative: a person in the registry by case number (who must be within the caller's scope
     * too), or a contact by name.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public RelativeRow linkRelative(long personId, Relation relation, String relatedCaseNumber, String contactName,
                                     String contactDetails, boolean toBeInformed) {
        Person person = readablePersons.require(personId);
        List<FieldError> errors = new ArrayList<>();
        if (relation == null) {
            errors.add(FieldError.of("relation", "link.relation.required"));
        }
        Person related = null;
        boolean byCase = relatedCaseNumber != null && !relatedCaseNumber.isBlank();
        boolean byContact = contactName != null && !contactName.isBlank();
        if (byCase == byContact) {
            errors.add(FieldError.of("relatedCaseNumber", "link.target.oneOf"));
        } else if (byCase) {
            related = em.createNamedQuery("Person.findByCaseNumber", Person.class)
                    .setParameter("caseNumber", relatedCaseNumber.strip().toUpperCase(java.util.Locale.ROOT))
                    .getResultStream().findFirst().filter(readablePersons::mayRead).orElse(null);
            if (related == null) {
                errors.add(FieldError.of("relatedCaseNumber", "link.case.unknown", relatedCaseNumber.strip()));
            } else if (related.equals(person)) {
                errors.add(FieldError.of("relatedCaseNumber", "link.case.self"));
            }
        } else {
            FreeText.check("contactName", contactName.strip(), 200, errors);
        }
        String details = FreeText.clean(contactDetails);
        FreeText.check("contactDetails", details, 500, errors);
        Validation.reject(errors);
        FamilyLink link = related != null
                ? new FamilyLink(person, relation, related, details, toBeInformed)
                : new FamilyLink(person, relation, contactName.strip(), details, toBeInformed);
        em.persist(link);
        ConcurrentSave.flush(em);
        return view(link, related, false);
    }

    private RelativeRow view(FamilyLink link, Person other, boolean namedBy) {
        String standing = (namedBy ? link.getRelation().ofNamed() : link.getRelation().ofNamer(link.getPerson().getOrigin().getSex())).name();
        if (other == null) {
            return new RelativeRow(link.getId(), link.getRelation().name(), namedBy, null, null, link.getContactName(),
                    link.getContactDetails(), link.isToBeInformed(), standing);
        }
        boolean visible = readablePersons.mayRead(other);
        // A relative outside the reader's scope shows that the link exists, not who it is.
        return new RelativeRow(link.getId(), link.getRelation().name(), namedBy, visible ? other.getId() : null,
                visible ? other.getCaseNumber() : null,
                visible ? String.join(" ", java.util.stream.Stream.of(other.getNames().getFamilyName(), other.getNames().getGivenName(),
                        other.getNames().getPatronymic()).filter(java.util.Objects::nonNull).toList()) : null,
                link.getContactDetails(), link.isToBeInformed(), standing);
    }

    private static TaskRow view(FollowUpTask task, LocalDate today) {
        return new TaskRow(task.getId(), task.getPerson().getId(), task.getPerson().getCaseNumber(), task.getDescription(),
                task.getDueOn(), task.getAssignee().getUsername(), task.isDone(), task.getDoneAt(), task.isOverdueOn(today),
                task.getVersion());
    }
}
