package org.homeward.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.ChangeReason;
import org.homeward.audit.LastChange;
import org.homeward.person.Category;
import org.homeward.person.Person;
import org.homeward.person.ReadablePersons;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.Counters;
import org.homeward.platform.Counters.Counted;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.NotFound;
import org.homeward.platform.Page;
import org.homeward.platform.Validation;
import org.homeward.round.RoundViews.ExchangeResult;
import org.homeward.round.RoundViews.NominationRow;
import org.homeward.round.RoundViews.Preview;
import org.homeward.round.RoundViews.RoundList;
import org.homeward.round.RoundViews.RoundRecord;
import org.homeward.round.RoundViews.RoundRow;
import org.homeward.workflow.RoundPlaces;
import org.homeward.workflow.StatusLedger;

/**
 * Exchange rounds and their lists (product rules "Exchange rounds"): who may do what, on whom, in one
 * transaction, on file. Supervisors run the rounds: create them, move them through the talks, decide
 * the outcome for each listed person and record the exchange. Caseworkers see the rounds and propose
 * people of their own record scope; nobody acts on a person outside their scope. The rules of a round's
 * list are the round's own ({@link ExchangeRound}); every status it gives a person goes into the
 * person's history through the ledger.
 */
@Stateless
@LocalBean
@Local(RoundPlaces.class)
public class RoundService implements RoundPlaces {

    @PersistenceContext
    EntityManager em;

    @Inject
    Counters counters;

    @Inject
    RoundRepository repository;

    @Inject
    Validation validation;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReadablePersons readablePersons;

    @Inject
    StatusLedger ledger;

    @Inject
    LastChange lastChange;

    @Inject
    ChangeReason changeReason;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    // ---- rounds

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Page<RoundRow> list(RoundStatus status, int page, int size) {
        int limit = Math.max(1, Math.min(size, 200));
        List<ExchangeRound> rounds = repository.page(status, Math.max(0, page) * limit, limit);
        Map<Long, Tally> tallies = repository.talliesOf(rounds);
        List<RoundRow> items = rounds.stream()
                .map(r -> RoundViews.summary(r, tallies.getOrDefault(r.getId(), new Tally()))).toList();
        return new Page<>(items, repository.count(status), Math.max(0, page), limit);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public RoundRecord get(long roundId) {
        return record(repository.require(roundId));
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public RoundRecord create(RoundDetails details) {
        check(details);
        ExchangeRound round = new ExchangeRound(details, currentUser.getUsername(), Instant.now(clock));
        repository.add(round);
        ConcurrentSave.flush(em);
        return record(round);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public RoundRecord revise(long roundId, RoundDetails details, long versionRead) {
        ExchangeRound round = repository.require(roundId);
        check(details);
        if (round.getVersion() != versionRead) {
            throw lastChange.conflictOn(ExchangeRound.class, roundId);
        }
        if (!round.getStatus().isOpen()) {
            Validation.reject(List.of(FieldError.of("status", "round.closed", round.getStatus())));
        }
        round.revise(details);
        ConcurrentSave.flush(em);
        return record(round);
    }

    /**
     * Moves the round through the talks. Cancelling lets everyone on its list go: each returns to the
     * status they had before the round took them.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public RoundRecord moveTo(long roundId, RoundStatus next, String reason, Long versionRead) {
        ExchangeRound round = lockedAsRead(roundId, versionRead);
        String why = FreeText.clean(reason);
        Validation.reject(round.statusProblems(next, why));
        List<Nomination> held = next == RoundStatus.CANCELLED ? repository.heldBy(round) : List.of();
        requireAllInScope(held);
        changeReason.set(why);
        round.moveTo(next, why, held, currentUser.getUsername(), Instant.now(clock), moves(round));
        ConcurrentSave.flush(em);
        return record(round);
    }

    /** What recording the exchange, or cancelling the round, would do: for the confirmation the page asks. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Preview preview(long roundId) {
        ExchangeRound round = repository.require(roundId);
        List<Nomination> held = repository.heldBy(round);
        return Preview.of(round.plan(held), held.size(), outsideScope(held));
    }

    // ---- lists

    /** The round's list as the caller may see it: people outside their record scope are counted, not shown. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public RoundList nominations(long roundId, Side side, Category category, Outcome outcome) {
        ExchangeRound round = repository.require(roundId);
        List<NominationRow> visible = new ArrayList<>();
        long outside = 0;
        for (Nomination nomination : repository.listOf(round)) {
            Person person = nomination.getPerson();
            if (side != null && person.getSide() != side || category != null && person.getCategory() != category
                    || outcome != null && nomination.getOutcome() != outcome) {
                continue;
            }
            if (readablePersons.mayRead(person)) {
                visible.add(RoundViews.view(nomination));
            } else {
                outside++;
            }
        }
        accessLog.record(currentUser.getUsername(), AccessAction.RECORDS_SEARCHED, "round", roundId,
                "round list filters [" + Stream.of(side, category, outcome).filter(Objects::nonNull)
                        .map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("") + "] -> " + visible.size());
        return new RoundList(visible, outside);
    }

    /**
     * Lists people on the round (proposed), each moving to {@code NOMINATED}. All or nothing: when one
     * person cannot be listed (not verified, already on an open round, not of this round's kind), the
     * answer names each such person and nobody is listed.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<NominationRow> nominate(long roundId, List<Long> personIds) {
        Listing listing = listing(roundId, personIds);
        List<Person> people = new ArrayList<>();
        for (Long personId : listing.ids()) {
            Person person = readablePersons.require(personId);
            // Two supervisors listing the same person at once: the second waits here, then finds them changed.
            ConcurrentSave.lock(em, person);
            people.add(person);
        }
        return list(listing, people).stream().map(RoundViews::view).toList();
    }

    /**
     * What stops the caller listing on this round the people a whole list names (an imported list's
     * matches), asked before the list is written, each problem naming {@code field}: the round is unknown or
     * takes nobody any more, or the caller is no supervisor. A whole list at once is managing the round's
     * list, which is a supervisor's; a caseworker proposes people one by one, from their cases.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<FieldError> listingFromListProblems(long roundId, String field) {
        Optional<ExchangeRound> round = repository.find(roundId);
        List<FieldError> problems = new ArrayList<>();
        if (round.isEmpty()) {
            problems.add(FieldError.of(field, "round.unknown", String.valueOf(roundId)));
        } else {
            // At least one person: the round's own answer to "may anyone be listed now".
            round.get().listingProblems(1).forEach(p -> problems.add(new FieldError(field, p.messageKey(), p.arguments())));
        }
        if (!currentUser.hasRole(Role.SUPERVISOR)) {
            problems.add(FieldError.of(field, "round.nominate.fromListBySupervisor"));
        }
        return problems;
    }

    /**
     * Lists on the round those of these people it may take, each moving to {@code NOMINATED} by the round's
     * own rules, as {@link #nominate} does; unlike it, one person who cannot be listed does not hold back the
     * others. The answer has, for each person asked, nothing when listed, or why not: outside the caller's
     * record scope, or the round's refusal (not verified yet, on another open round, not of the round's
     * kind). What an imported list asks for the registered people it names; a supervisor's (see
     * {@link #listingFromListProblems}).
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Map<Long, Optional<FieldError>> nominateWhoMay(long roundId, List<Long> personIds) {
        Listing listing = listing(roundId, personIds);
        Map<Long, Optional<FieldError>> answer = new LinkedHashMap<>();
        List<Person> people = new ArrayList<>();
        for (Long personId : listing.ids()) {
            Person person = em.find(Person.class, personId);
            Optional<FieldError> refusal = person == null ? Optional.of(FieldError.of("personId", "round.nominate.gone"))
                    : !readablePersons.mayRead(person) ? Optional.of(FieldError.of("personId", "round.nominate.outsideScope"))
                    : listing.round().refusalToList(person, listing.holding().get(personId));
            if (refusal.isEmpty()) {
                ConcurrentSave.lock(em, person);
                people.add(person);
            }
            answer.put(personId, refusal);
        }
        if (!people.isEmpty()) {
            list(listing, people);
        }
        return answer;
    }

    /**
     * Records the outcome of the talks for listed people (see {@link ExchangeRound#decide}). Supervisors
     * decide; a caseworker may only withdraw a proposal nobody has decided on yet.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<NominationRow> decide(long roundId, List<Long> nominationIds, Outcome outcome, String reason) {
        ExchangeRound round = repository.require(roundId);
        String why = FreeText.clean(reason);
        Validation.reject(round.decisionProblems(outcome, why, nominationIds == null ? 0 : nominationIds.size()));
        List<Nomination> nominations = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(nominationIds)) {
            Nomination nomination = id == null ? null : repository.nomination(id).filter(n -> n.isOn(round)).orElse(null);
            if (nomination == null) {
                throw new NotFound("nomination", id);
            }
            readablePersons.require(nomination.getPerson().getId());
            boolean mayDecide = currentUser.hasRole(Role.SUPERVISOR)
                    || outcome == Outcome.WITHDRAWN && nomination.getOutcome() == Outcome.PROPOSED;
            if (!mayDecide) {
                throw new EJBAccessException("deciding a nomination needs a supervisor");
            }
            nominations.add(nomination);
        }
        changeReason.set(why);
        round.decide(nominations, outcome, why, currentUser.getUsername(), Instant.now(clock), moves(round));
        ConcurrentSave.flush(em);
        return nominations.stream().map(RoundViews::view).toList();
    }

    /**
     * Records the exchange as done on that date, in one transaction (see {@link ExchangeRound#recordExchange}).
     * The caller must be allowed to act on everyone the round holds. Two supervisors recording at once: the
     * round row is locked, so the second finds it changed.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public ExchangeResult recordExchange(long roundId, Long versionRead, LocalDate exchangedOn) {
        ExchangeRound round = lockedAsRead(roundId, versionRead);
        Validation.reject(round.exchangeDateProblems(exchangedOn, LocalDate.now(clock)));
        List<Nomination> held = repository.heldBy(round);
        requireAllInScope(held);
        changeReason.set("Exchange of " + round.getName() + " on " + exchangedOn);
        int exchanged = round.recordExchange(held, exchangedOn, LocalDate.now(clock), currentUser.getUsername(),
                Instant.now(clock), moves(round));
        ConcurrentSave.flush(em);
        counters.count(Counted.EXCHANGE_RECORDED);
        return new ExchangeResult(round.getId(), round.getStatus(), exchangedOn, exchanged, held.size() - exchanged,
                round.getVersion());
    }

    /** The open round holding this person, for their case page. */
    @Override
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Optional<RoundPlace> holding(long personId) {
        readablePersons.require(personId);
        return repository.holding(personId).map(n -> new RoundPlace(n.getRound().getId(), n.getRound().getName(),
                n.getRound().getStatus().name(), n.getId(), n.getOutcome().name()));
    }

    // ---- inside

    /** People asked onto a round, with the open rounds holding them and their earlier places on this one. */
    private record Listing(ExchangeRound round, List<Long> ids, Map<Long, Nomination> holding, Map<Long, Nomination> earlier) {
    }

    /** The round and the people asked onto it, refused whole when the round takes nobody now or nobody was asked. */
    private Listing listing(long roundId, List<Long> personIds) {
        ExchangeRound round = repository.require(roundId);
        List<Long> ids = personIds == null ? List.of() : personIds.stream().filter(Objects::nonNull).distinct().toList();
        Validation.reject(round.listingProblems(ids.size()));
        // Hundreds of people at once: read them, the rounds holding them and their earlier places on
        // this round in three queries, not three per person.
        repository.preload(ids);
        return new Listing(round, ids, repository.holding(ids), repository.earlierOn(round, ids));
    }

    /** Lists these people (each the caller's to act on, and locked) by the round's rules, storing the new nominations. */
    private List<Nomination> list(Listing listing, List<Person> people) {
        ExchangeRound round = listing.round();
        List<Nomination> listed = round.list(people, listing.holding(), listing.earlier(), currentUser.getUsername(),
                Instant.now(clock), moves(round));
        listed.stream().filter(n -> n.getId() == null).forEach(repository::add);
        ConcurrentSave.flush(em);
        return listed;
    }

    /** The round, locked, as the caller read it: a conflict when it changed since. */
    private ExchangeRound lockedAsRead(long roundId, Long versionRead) {
        ExchangeRound round = repository.requireLocked(roundId);
        if (versionRead != null && round.getVersion() != versionRead) {
            throw lastChange.conflictOn(ExchangeRound.class, roundId);
        }
        return round;
    }

    /** The round's moves, written into each person's history by the current user, now. */
    private StatusMoves moves(ExchangeRound round) {
        return (person, to, reason) -> ledger.moveByRound(person, to, reason, round.getId());
    }

    private void check(RoundDetails details) {
        List<FieldError> errors = validation.check(details);
        errors.addAll(details.problems());
        Validation.reject(errors);
    }

    private long outsideScope(List<Nomination> nominations) {
        return nominations.stream().filter(n -> !readablePersons.mayRead(n.getPerson())).count();
    }

    /** A whole-round action moves every listed person, so the caller must be allowed to act on each of them. */
    private void requireAllInScope(List<Nomination> nominations) {
        long outside = outsideScope(nominations);
        if (outside > 0) {
            throw new EJBAccessException(outside + " people on the round are outside the caller's record scope");
        }
    }

    private RoundRecord record(ExchangeRound round) {
        return RoundViews.record(round, repository.balanceOf(round));
    }
}
