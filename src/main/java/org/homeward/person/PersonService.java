package org.homeward.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.homeward.access.RecordScope;
import org.homeward.access.CurrentUser;
import org.homeward.access.Office;
import org.homeward.access.OfficeRepository;
import org.homeward.platform.Role;
import org.homeward.access.UserAccount;
import org.homeward.access.UserRepository;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.LastChange;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.Database;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotPermitted;
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

    @Inject
    UserRepository users;

    @Inject
    Event<PersonRegistered> registrations;

    /** Found on first use; a stateless bean instance always talks to the same database. */
    private Database dialect;

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public PersonRecord register(PersonDetails details) {
        Placement placement = check(details);
        caseworkersPlacement(placement, currentUser.getOfficeCode(), null);
        Instant now = Instant.now(clock);
        String caseNumber = caseNumbers.next(details.getCategory(), LocalDate.now(clock).getYear());
        Person person = new Person(caseNumber, details.getCategory(), details.getSide(), details, placement.office(),
                placement.assignee(), now);
        person.replaceDocuments(details.getDocuments());
        person.reindex();
        em.persist(person);
        ConcurrentSave.flush(em);
        registrations.fire(new PersonRegistered(person.getId()));
        return PersonRecord.of(person, true);
    }

    /**
     * What registering these details would refuse, field by field, without writing anything: the same
     * checks as {@link #register}, so that a list's rows are judged by the registration form's rules.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<FieldError> problems(PersonDetails details) {
        return problems(List.of(details)).get(0);
    }

    /**
     * {@link #problems(PersonDetails)} for each of many details (a batch of a list's rows), the offices
     * they name looked up once for the whole batch.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<List<FieldError>> problems(List<PersonDetails> batch) {
        Map<String, Office> known = new HashMap<>();
        List<List<FieldError>> problems = new ArrayList<>(batch.size());
        for (PersonDetails details : batch) {
            try {
                caseworkersPlacement(check(details, known), currentUser.getOfficeCode(), null);
                problems.add(List.of());
            } catch (InvalidInput e) {
                problems.add(e.errors());
            }
        }
        return problems;
    }

    /**
     * Registers the people of a batch of a list, each with the list as the source of what is known
     * ({@code reference}, e.g. "other side's list of 2026-07-23"), in the caller's transaction: the same
     * checks as {@link #register}, but the offices looked up once, the case numbers taken as one block
     * per category and everything written in one flush. All or none: one refused person refuses the
     * batch. The new people's ids, in the batch's order.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<Long> registerListed(List<PersonDetails> batch, SourceKind kind, LocalDate receivedOn, String reference) {
        Map<String, Office> known = new HashMap<>();
        List<Placement> placements = new ArrayList<>(batch.size());
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        for (PersonDetails details : batch) {
            Placement placement = check(details, known);
            caseworkersPlacement(placement, currentUser.getOfficeCode(), null);
            placements.add(placement);
            perCategory.merge(details.getCategory(), 1, Integer::sum);
        }
        int year = LocalDate.now(clock).getYear();
        Map<Category, Iterator<String>> numbers = new EnumMap<>(Category.class);
        perCategory.forEach((category, count) -> numbers.put(category, caseNumbers.block(category, year, count).iterator()));
        Instant now = Instant.now(clock);
        List<Person> people = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PersonDetails details = batch.get(i);
            Person person = new Person(numbers.get(details.getCategory()).next(), details.getCategory(), details.getSide(), details,
                    placements.get(i).office(), placements.get(i).assignee(), now);
            person.replaceDocuments(details.getDocuments());
            person.reindex();
            em.persist(person);
            em.persist(new InformationSource(person, kind, receivedOn, Reliability.POSSIBLE, reference));
            people.add(person);
        }
        ConcurrentSave.flush(em);
        return people.stream().map(Person::getId).toList();
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
            details.getHealth().setMedicalNotes(person.getHealth().getMedicalNotes());
        }
        Placement placement = check(details);
        caseworkersPlacement(placement, person.getOffice().getCode(), person);
        if (details.isRestricted() != person.isRestricted() && !currentUser.hasRole(Role.SUPERVISOR)) {
            throw new NotPermitted(FieldError.of("restricted", "person.restricted.supervisorsDecision"));
        }
        if (person.getVersion() != versionRead) {
            throw lastChange.conflictOn(Person.class, person.getId());
        }
        person.revise(details, placement.office(), placement.assignee(), Instant.now(clock));
        person.replaceDocuments(details.getDocuments());
        person.reindex();
        ConcurrentSave.flush(em);
        return PersonRecord.of(person, readablePersons.mayReadMedicalNotes(person));
    }

    /**
     * One page of the registry as the caller may see it. Two steps, so that a registry of a million
     * people costs what one page costs: the ids of the page from the person table's list indexes alone
     * (see {@link RegistryQuery}), then those rows with their office and assignee. The total is exact
     * up to {@link RegistryQuery#COUNT_CAP}, "more than" that above it.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Page<PersonRow> search(PersonSearch search) {
        RegistryQuery query = new RegistryQuery(dialect(),
                currentUser.scope().sqlParts("p.office_id", currentUser.getOfficeId(), "p.assigned_to_id",
                        currentUser.getUserId(), "p.restricted"),
                List.copyOf(SearchTerms.query(search.q())), search.order())
                .where("p.category", search.category() == null ? null : search.category().name())
                .where("p.side", search.side() == null ? null : search.side().name())
                .where("p.status", search.status() == null ? null : search.status().name())
                .where("p.oblast", search.oblast())
                .where("p.restricted", search.restricted());
        if (search.office() != null) {
            Office office = offices.find(search.office());
            query.where("p.office_id", office == null ? -1L : office.getId());
        }
        if (search.assignedTo() != null) {
            query.where("p.assigned_to_id", users.find(search.assignedTo()).map(UserAccount::getId).orElse(-1L));
        }
        search.selection().conditions(Instant.now(clock), clock.getZone()).forEach(query::where);
        long offset = (long) search.page() * search.size();
        List<Long> ids = null;
        long counted;
        TermQuery byKeys = query.onKeys(currentUser.scope().sqlParts("t.office_id", currentUser.getOfficeId(),
                "t.assigned_to_id", currentUser.getUserId(), "t.restricted"));
        List<List<String>> terms = byKeys == null ? null : termsOf(byKeys);
        if (terms != null) {
            if (terms.stream().anyMatch(List::isEmpty) || byKeys.seesNothing()) {
                counted = 0;
                ids = List.of();
            } else {
                TermQuery.Match match = match(byKeys, terms);
                counted = ((Number) bind(byKeys.count(match)).getSingleResult()).longValue();
                ids = counted == 0 ? List.of() : ids(byKeys.page(match, offset, search.size()));
            }
        } else if (query.searchesSeveralWords()) {
            List<Long> all = ids(query.allMatches());
            counted = all.size();
            if (counted <= RegistryQuery.COUNT_CAP) {
                ids = all.subList((int) Math.min(offset, all.size()), (int) Math.min(offset + search.size(), all.size()));
            }
        } else {
            counted = ((Number) bind(query.count()).getSingleResult()).longValue();
        }
        boolean exact = counted <= RegistryQuery.COUNT_CAP;
        long total = Math.min(counted, RegistryQuery.COUNT_CAP + 1L);
        if (ids == null) {
            ids = ids(query.page(offset, search.size(), exact));
        }

        List<PersonRow> rows = ids.isEmpty() ? List.of() : rowsInOrder(ids);
        accessLog.record(currentUser.getUsername(), AccessAction.RECORDS_SEARCHED, "person", null,
                describe(search) + " -> " + (exact ? "" : "more than ") + Math.min(total, RegistryQuery.COUNT_CAP));
        return new Page<>(rows, total, search.page(), search.size(), exact);
    }

    /**
     * The terms each search word covers, one index probe each, or null when a word covers more than
     * {@link TermQuery#MAX_TERMS} (a short prefix: then the general plan is the cheaper one).
     */
    private List<List<String>> termsOf(TermQuery byKeys) {
        List<List<String>> terms = new ArrayList<>();
        for (String word : byKeys.words()) {
            List<String> covered = new ArrayList<>();
            String after = "";
            while (true) {
                List<?> next = bind(byKeys.nextTerm(word, after)).getResultList();
                if (next.isEmpty()) {
                    break;
                }
                if (covered.size() == TermQuery.MAX_TERMS) {
                    return null;
                }
                after = (String) next.get(0);
                covered.add(after);
            }
            terms.add(covered);
        }
        return terms;
    }

    /** Which word's keys a search walks (of several, the rarest) and which terms the others must show. */
    private TermQuery.Match match(TermQuery byKeys, List<List<String>> terms) {
        int walked = terms.size() == 1 ? 0 : ((Number) bind(byKeys.rarest(terms)).getSingleResult()).intValue();
        List<List<String>> required = new ArrayList<>(terms);
        required.remove(walked);
        return new TermQuery.Match(terms.get(walked), required);
    }

    private List<Long> ids(RegistryQuery.Sql sql) {
        return bind(sql).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Which database this is, for the index hints only H2 needs. */
    private Database dialect() {
        if (dialect == null) {
            dialect = Database.of(em);
        }
        return dialect;
    }

    private List<PersonRow> rowsInOrder(List<Long> ids) {
        Map<Long, PersonRow> byId = new HashMap<>();
        em.createQuery("select new org.homeward.person.PersonRow(p.id, p.caseNumber, p.category, p.side, p.status, "
                        + "p.names.familyName, p.names.givenName, p.names.patronymic, p.names.latinFamilyName, p.names.latinGivenName, "
                        + "p.birth.dateOfBirth, o.code, a.username, p.circumstances.oblast, p.restricted, p.registeredAt) "
                        + "from Person p join p.office o left join p.assignedTo a where p.id in :ids", PersonRow.class)
                .setParameter("ids", ids)
                .getResultStream().forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private jakarta.persistence.Query bind(RegistryQuery.Sql sql) {
        jakarta.persistence.Query query = em.createNativeQuery(sql.text());
        for (int i = 0; i < sql.parameters().size(); i++) {
            query.setParameter(i + 1, sql.parameters().get(i));
        }
        return query;
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
        used.addAll(search.selection().describe());
        if (search.restricted() != null) {
            used.add("restricted=" + search.restricted());
        }
        return "filters " + used + " page " + search.page();
    }

    private record Placement(Office office, UserAccount assignee) {
    }

    /**
     * Where a case is kept and by whom is a supervisor's decision: a caseworker keeps a case in
     * {@code office} (their own when registering, the case's when revising) and assigns it only within
     * that office's staff, so that a case never leaves their supervisor's sight. {@code before} is the
     * case as it stands, null when registering; an assignee it already had may stay.
     */
    private void caseworkersPlacement(Placement placement, String office, Person before) {
        if (currentUser.hasRole(Role.SUPERVISOR)) {
            return;
        }
        if (!placement.office().getCode().equals(office)) {
            throw new NotPermitted(before == null ? FieldError.of("office", "person.office.ownOnly", office)
                    : FieldError.of("office", "person.office.supervisorsDecision", office));
        }
        UserAccount assignee = placement.assignee();
        boolean unchanged = before != null && assignee != null && assignee.equals(before.getAssignedTo());
        if (assignee != null && !unchanged && !assignee.getOffice().getCode().equals(office)) {
            throw new NotPermitted(FieldError.of("assignedTo", "person.assignedTo.outsideOffice", assignee.getUsername(), office));
        }
    }

    /** Validates the details whole and finds the office and assignee they name, within the caller's scope. */
    private Placement check(PersonDetails details) {
        return check(details, new HashMap<>());
    }

    /** {@link #check(PersonDetails)}, finding offices in {@code known} first and keeping those found there. */
    private Placement check(PersonDetails details, Map<String, Office> known) {
        List<FieldError> errors = new ArrayList<>(validation.check(details).stream().map(PersonDetails::named).toList());
        errors.addAll(PersonRules.check(details, LocalDate.now(clock.withZone(ZoneId.systemDefault()))));
        Office office = details.getOffice() == null ? null : known.computeIfAbsent(details.getOffice(), offices::find);
        if (details.getOffice() != null && office == null) {
            errors.add(FieldError.of("office", "office.unknown", details.getOffice()));
        }
        UserAccount assignee = null;
        if (details.getAssignedTo() != null) {
            assignee = users.find(details.getAssignedTo()).filter(UserAccount::mayHandleCases).orElse(null);
            if (assignee == null) {
                errors.add(FieldError.of("assignedTo", "person.assignedTo.unknown", details.getAssignedTo()));
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
