package org.homeward.person;

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
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.access.Office;
import org.homeward.access.OfficeRepository;
import org.homeward.access.Role;
import org.homeward.access.UserAccount;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.LastChange;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.FieldError;
import org.homeward.platform.Page;
import org.homeward.platform.Validation;

/**
 * The case registry: register people, find them by any spelling, read and revise their records. Every
 * operation is limited to the caller's record scope; a record outside it is refused (403), and every
 * full read and every search is in the access log.
 */
@Stateless
public class PersonService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    OfficeRepository offices;

    @Inject
    CurrentUser currentUser;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    AccessLog accessLog;

    @Inject
    LastChange lastChange;

    @Inject
    Clock clock;

    @Inject
    ReadablePersons readablePersons;

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public PersonRecord register(PersonDetails details) {
        Placement placement = check(details);
        Instant now = Instant.now(clock);
        String caseNumber = caseNumbers.next(details.getCategory(), LocalDate.now(clock).getYear());
        Person person = new Person(caseNumber, details.getCategory(), details.getSide(), details, placement.office(),
                placement.assignee(), now);
        person.replaceDocuments(details.getDocuments());
        person.reindex();
        em.persist(person);
        ConcurrentSave.flush(em);
        return PersonRecord.of(person, true);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public PersonRecord get(long id) {
        Person person = readablePersons.require(id);
        accessLog.record(currentUser.getUsername(), AccessAction.RECORD_OPENED, "person", id, null);
        return PersonRecord.of(person, readablePersons.mayReadMedicalNotes(person));
    }

    /** Revises the record; {@code versionRead} is the version the caller saw, so no one's change is lost. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public PersonRecord update(long id, PersonDetails details, long versionRead) {
        Person person = readablePersons.require(id);
        if (details.getCategory() == null) {
            details.setCategory(person.getCategory());
        }
        if (details.getSide() == null) {
            details.setSide(person.getSide());
        }
        List<FieldError> unchangeable = new ArrayList<>();
        if (details.getCategory() != person.getCategory()) {
            unchangeable.add(FieldError.of("category", "person.category.unchangeable"));
        }
        if (details.getSide() != person.getSide()) {
            unchangeable.add(FieldError.of("side", "person.side.unchangeable"));
        }
        Validation.reject(unchangeable);
        if (!readablePersons.mayReadMedicalNotes(person)) {
            // Those who cannot see the medical notes cannot overwrite them either.
            details.setMedicalNotes(person.getMedicalNotes());
        }
        Placement placement = check(details);
        if (person.getVersion() != versionRead) {
            throw lastChange.conflictOn(Person.class, person.getId());
        }
        person.revise(details, placement.office(), placement.assignee(), Instant.now(clock));
        person.replaceDocuments(details.getDocuments());
        person.reindex();
        ConcurrentSave.flush(em);
        return PersonRecord.of(person, readablePersons.mayReadMedicalNotes(person));
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Page<PersonRow> search(PersonSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PersonRow> query = cb.createQuery(PersonRow.class);
        Root<Person> person = query.from(Person.class);
        Join<Person, Office> office = person.join("office");
        Join<Person, UserAccount> assignee = person.join("assignedTo", JoinType.LEFT);
        query.select(cb.construct(PersonRow.class, person.get("id"), person.get("caseNumber"),
                        person.get("category"), person.get("side"),
                        person.get("status"), person.get("familyName"), person.get("givenName"),
                        person.get("patronymic"), person.get("latinFamilyName"), person.get("latinGivenName"),
                        person.get("dateOfBirth"), office.get("code"), assignee.get("username"), person.get("oblast"),
                        person.get("restricted"), person.get("registeredAt")))
                .where(conditions(cb, query, person, office, assignee, search));
        switch (search.order()) {
            case CASE_NUMBER -> query.orderBy(cb.asc(person.get("caseNumber")));
            case FAMILY_NAME -> query.orderBy(cb.asc(person.get("latinFamilyName")), cb.asc(person.get("id")));
            default -> query.orderBy(cb.desc(person.get("registeredAt")), cb.desc(person.get("id")));
        }
        List<PersonRow> rows = em.createQuery(query)
                .setFirstResult(search.page() * search.size())
                .setMaxResults(search.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Person> counted = count.from(Person.class);
        Join<Person, Office> countedOffice = counted.join("office");
        Join<Person, UserAccount> countedAssignee = counted.join("assignedTo", JoinType.LEFT);
        count.select(cb.count(counted)).where(conditions(cb, count, counted, countedOffice, countedAssignee, search));
        long total = em.createQuery(count).getSingleResult();

        accessLog.record(currentUser.getUsername(), AccessAction.RECORDS_SEARCHED, "person", null,
                describe(search) + " -> " + total);
        return new Page<>(rows, total, search.page(), search.size());
    }

    private Predicate[] conditions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Person> person,
                                   Join<Person, Office> office, Join<Person, UserAccount> assignee, PersonSearch search) {
        List<Predicate> where = new ArrayList<>();
        where.add(currentUser.scope().predicate(cb, office.get("code"), assignee.get("username"), person.get("restricted")));
        for (String word : SearchTerms.query(search.q())) {
            Subquery<Long> match = query.subquery(Long.class);
            Root<Person> candidate = match.from(Person.class);
            Join<Person, String> term = candidate.join("searchTerms");
            match.select(candidate.get("id")).where(cb.like(term, escapeLike(word) + "%", '\\'));
            where.add(person.get("id").in(match));
        }
        if (search.category() != null) {
            where.add(cb.equal(person.get("category"), search.category()));
        }
        if (search.side() != null) {
            where.add(cb.equal(person.get("side"), search.side()));
        }
        if (search.status() != null) {
            where.add(cb.equal(person.get("status"), search.status()));
        }
        if (search.office() != null) {
            where.add(cb.equal(office.get("code"), search.office()));
        }
        if (search.assignedTo() != null) {
            where.add(cb.equal(assignee.get("username"), search.assignedTo()));
        }
        if (search.oblast() != null) {
            where.add(cb.equal(person.get("oblast"), search.oblast()));
        }
        if (search.restricted() != null) {
            where.add(cb.equal(person.get("restricted"), search.restricted()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The filters of a search, for the access log: which filters, never the search text itself. */
    private static String describe(PersonSearch search) {
        List<String> used = new ArrayList<>();
        if (search.q() != null && !search.q().isBlank()) {
            used.add("q");
        }
        if (search.category() != null) {
            used.add("category=" + search.category());
        }
        if (search.side() != null) {
            used.add("side=" + search.side());
        }
        if (search.status() != null) {
            used.add("status=" + search.status());
        }
        if (search.office() != null) {
            used.add("office=" + search.office());
        }
        if (search.assignedTo() != null) {
            used.add("assignedTo");
        }
        if (search.oblast() != null) {
            used.add("oblast");
        }
        if (search.restricted() != null) {
            used.add("restricted=" + search.restricted());
        }
        return "filters " + used + " page " + search.page();
    }

    private record Placement(Office office, UserAccount assignee) {
    }

    /** Validates the details whole and finds the office and assignee they name, within the caller's scope. */
    private Placement check(PersonDetails details) {
        List<FieldError> errors = validation.check(details);
        errors.addAll(PersonRules.check(details, LocalDate.now(clock.withZone(ZoneId.systemDefault()))));
        Office office = details.getOffice() == null ? null : offices.find(details.getOffice());
        if (details.getOffice() != null && office == null) {
            errors.add(FieldError.of("office", "office.unknown", details.getOffice()));
        }
        UserAccount assignee = null;
        if (details.getAssignedTo() != null) {
            assignee = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                    .setParameter("username", details.getAssignedTo()).getResultStream().findFirst().orElse(null);
            if (assignee == null || !assignee.isActive() || !assignee.hasRole(Role.CASEWORKER) && !assignee.hasRole(Role.SUPERVISOR)) {
                errors.add(FieldError.of("assignedTo", "person.assignedTo.unknown", details.getAssignedTo()));
                assignee = null;
            }
        }
        // After the change the record must still be the caller's to see: nobody places a case where
        // they themselves could not follow it.
        String assigneeName = assignee == null ? null : assignee.getUsername();
        if (office != null && !currentUser.scope().permits(office.getCode(), assigneeName, details.isRestricted())) {
            errors.add(FieldError.of("office", "person.office.outsideScope", office.getCode()));
        }
        Validation.reject(errors);
        return new Placement(office, assignee);
    }

}
