package org.homeward.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
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
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.NotFound;
import org.homeward.platform.Page;
import org.homeward.platform.Validation;
import org.homeward.round.RoundViews.BalanceLine;
import org.homeward.round.RoundViews.ExchangeResult;
import org.homeward.round.RoundViews.Hold;
import org.homeward.round.RoundViews.NominationView;
import org.homeward.round.RoundViews.Parity;
import org.homeward.round.RoundViews.QuotaView;
import org.homeward.round.RoundViews.RoundList;
import org.homeward.round.RoundViews.RoundRecord;
import org.homeward.round.RoundViews.RoundSummary;
import org.homeward.workflow.StatusLedger;

/**
 * Exchange rounds and their lists (product rules "Exchange rounds"). Supervisors run the rounds:
 * create them, move them through the talks, decide the outcome for each listed person and record the
 * exchange. Caseworkers see the rounds and propose people of their own record scope; nobody acts on a
 * person outside their scope. Every status a round gives a person goes into the person's history.
 */
@Stateless
public class RoundService {

    static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

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
    public Page<RoundSummary> list(RoundStatus status, int page, int size) {
        int limit = Math.max(1, Math.min(size, 200));
        int first = Math.max(0, page) * limit;
        String where = status == null ? "" : " where r.status = :status";
        var query = em.createQuery("select r from ExchangeRound r" + where
                + " order by coalesce(r.talksDate, r.plannedExchangeDate) desc nulls last, r.id desc", ExchangeRound.class);
        var count = em.createQuery("select count(r) from ExchangeRound r" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<ExchangeRound> rounds = query.setFirstResult(first).setMaxResults(limit).getResultList();
        Map<Long, Tally> tallies = new HashMap<>();
        if (!rounds.isEmpty()) {
            for (Object[] row : em.createQuery("select n.round.id, n.outcome, count(n) from Nomination n "
                    + "where n.round in :rounds group by n.round.id, n.outcome", Object[].class)
                    .setParameter("rounds", rounds).getResultList()) {
                tallies.computeIfAbsent((Long) row[0], id -> new Tally()).add((Outcome) row[1], (Long) row[2]);
            }
        }
        List<RoundSummary> items = rounds.stream().map(r -> {
            Tally t = tallies.getOrDefault(r.getId(), new Tally());
            return new RoundSummary(r.getId(), r.getName(), r.getType(), r.getStatus(), r.getVenue(), r.getTalksDate(),
                    r.getPlannedExchangeDate(), r.getActualExchangeDate(), r.getVersion(), t.listed(), t.accepted(),
                    t.exchanged());
        }).toList();
        return new Page<>(items, count.getSingleResult(), Math.max(0, page), limit);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public RoundRecord get(long roundId) {
        return record(require(roundId));
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public RoundRecord create(RoundDetails details) {
        check(details);
        ExchangeRound round = new ExchangeRound(details, currentUser.getUsername(), Instant.now(clock));
        em.persist(round);
        ConcurrentSave.flush(em);
        return record(round);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public RoundRecord revise(long roundId, RoundDetails details, long versionRead) {
        ExchangeRound round = require(roundId);
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
        ExchangeRound round = em.find(ExchangeRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new NotFound("round", roundId);
        }
        if (versionRead != null && round.getVersion() != versionRead) {
            throw lastChange.conflictOn(ExchangeRound.class, roundId);
        }
        List<FieldError> errors = new ArrayList<>();
        String why = FreeText.clean(reason);
        if (next == null) {
            errors.add(FieldError.of("to", "round.status.required"));
        } else if (!round.getStatus().next().contains(next)) {
            errors.add(FieldError.of("to", next == RoundStatus.COMPLETED ? "round.status.completeByExchange"
                    : "round.status.none", round.getStatus(), next));
        } else if (next == RoundStatus.CANCELLED && why == null) {
            errors.add(FieldError.of("reason", "round.cancel.reason.required"));
        }
        FreeText.check("reason", why, MAX_REASON, errors);
        Validation.reject(errors);
        changeReason.set(why);
        if (next == RoundStatus.CANCELLED) {
            List<Nomination> held = held(round);
            requireAllInScope(held);
            Instant now = Instant.now(clock);
            for (Nomination nomination : held) {
                String note = "Round cancelled: " + round.getName();
                nomination.decide(Outcome.WITHDRAWN, why, currentUser.getUsername(), now);
                returnPerson(nomination, note);
            }
        }
        round.moveTo(next);
        ConcurrentSave.flush(em);
        return record(round);
    }

    // ---- lists

    /** The round's list as the caller may see it: people outside their record scope are counted, not shown. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public RoundList nominations(long roundId, Side side, Category category, Outcome outcome) {
        ExchangeRound round = require(roundId);
        List<NominationView> visible = new ArrayList<>();
        long outside = 0;
        for (Nomination nomination : em.createQuery("select n from Nomination n join fetch n.person p join fetch p.office "
                + "left join fetch p.assignedTo where n.round = :round order by n.id", Nomination.class)
                .setParameter("round", round).getResultList()) {
            Person person = nomination.getPerson();
            if (side != null && person.getSide() != side || category != null && person.getCategory() != category
                    || outcome != null && nomination.getOutcome() != outcome) {
                continue;
            }
            if (readablePersons.mayRead(person)) {
                visible.add(view(nomination));
            } else {
                outside++;
            }
        }
        accessLog.record(currentUser.getUsername(), AccessAction.RECORDS_SEARCHED, "round", roundId,
                "round list filters [" + Stream.of(side, category, outcome).filter(java.util.Objects::nonNull)
                        .map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("") + "] -> " + visible.size());
        return new RoundList(visible, outside);
    }

    /**
     * Lists people on the round (proposed), each moving to {@code NOMINATED}. All or nothing: when one
     * person cannot be listed (not verified, already on an open round, not of this round's kind), the
     * answer names each such person and nobody is listed.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<NominationView> nominate(long roundId, List<Long> personIds) {
        ExchangeRound round = require(roundId);
        List<FieldError> errors = new ArrayList<>();
        if (!round.getStatus().isOpen()) {
            errors.add(FieldError.of("round", "round.closed", round.getStatus()));
        }
        if (personIds == null || personIds.isEmpty()) {
            errors.add(FieldError.of("personId", "round.nominate.nobody"));
        }
        Validation.reject(errors);
        List<Long> ids = personIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            Validation.reject(List.of(FieldError.of("personId", "round.nominate.nobody")));
        }
        // Hundreds of people at once: read them, the rounds holding them and their earlier places on
        // this round in three queries, not three per person.
        em.createQuery("select p from Person p join fetch p.office left join fetch p.assignedTo where p.id in :ids",
                Person.class).setParameter("ids", ids).getResultList();
        Map<Long, Nomination> holding = new HashMap<>();
        em.createQuery("select n from Nomination n join fetch n.round where n.heldPersonId in :ids", Nomination.class)
                .setParameter("ids", ids).getResultStream().forEach(n -> holding.put(n.getPerson().getId(), n));
        Map<Long, Nomination> earlier = new HashMap<>();
        em.createQuery("select n from Nomination n where n.round = :round and n.person.id in :ids", Nomination.class)
                .setParameter("round", round).setParameter("ids", ids).getResultStream()
                .forEach(n -> earlier.put(n.getPerson().getId(), n));
        List<Person> people = new ArrayList<>();
        for (Long personId : ids) {
            Person person = readablePersons.require(personId);
            // Two supervisors listing the same person at once: the second waits here, then finds them changed.
            ConcurrentSave.lock(em, person);
            people.add(person);
            eligibility(round, person, holding.get(personId)).ifPresent(errors::add);
        }
        Validation.reject(errors);
        Instant now = Instant.now(clock);
        List<Nomination> made = new ArrayList<>();
        for (Person person : people) {
            Nomination nomination = earlier.get(person.getId());
            if (nomination == null) {
                nomination = new Nomination(round, person, currentUser.getUsername(), now);
                em.persist(nomination);
            } else {
                nomination.renominate(currentUser.getUsername(), now);
            }
            ledger.moveByRound(person, RepatriationStatus.NOMINATED, "Listed on " + round.getName(), round.getId());
            made.add(nomination);
        }
        ConcurrentSave.flush(em);
        return made.stream().map(this::view).toList();
    }

    /** Why this person cannot be listed on this round, if they cannot. */
    private Optional<FieldError> eligibility(ExchangeRound round, Person person, Nomination holding) {
        String caseNumber = person.getCaseNumber();
        if (holding != null) {
            return Optional.of(holding.getRound().equals(round)
                    ? FieldError.of("personId", "round.nominate.already", caseNumber)
                    : FieldError.of("personId", "round.nominate.held", caseNumber, holding.getRound().getName()));
        }
        if (!round.getType().lists(person.getCategory(), person.isRemains())) {
            return Optional.of(FieldError.of("personId", "round.nominate.type", caseNumber, person.getCategory(),
                    round.getType()));
        }
        RepatriationStatus status = person.getStatus();
        boolean ready = status == RepatriationStatus.VERIFIED || person.isRemains() && status == RepatriationStatus.DECEASED;
        if (!ready) {
            return Optional.of(FieldError.of("personId", "round.nominate.status", caseNumber, status));
        }
        return Optional.empty();
    }

    /**
     * Records the outcome of the talks for listed people: accepted (the person moves to {@code AGREED}),
     * rejected with the other side's reason, postponed (an agreed person goes back to {@code NOMINATED}),
     * or withdrawn (the person returns to where they were before the round). Supervisors decide; a
     * caseworker may only withdraw a proposal nobody has decided on yet.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<NominationView> decide(long roundId, List<Long> nominationIds, Outcome outcome, String reason) {
        ExchangeRound round = require(roundId);
        String why = FreeText.clean(reason);
        List<FieldError> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add(FieldError.of("outcome", "round.outcome.required"));
        } else if (outcome == Outcome.EXCHANGED || outcome == Outcome.PROPOSED) {
            errors.add(FieldError.of("outcome", "round.outcome.notByHand", outcome));
        }
        if (outcome == Outcome.REJECTED && why == null) {
            errors.add(FieldError.of("reason", "round.reject.reason.required"));
        }
        FreeText.check("reason", why, MAX_REASON, errors);
        if (!round.getStatus().isOpen()) {
            errors.add(FieldError.of("round", "round.closed", round.getStatus()));
        }
        if (nominationIds == null || nominationIds.isEmpty()) {
            errors.add(FieldError.of("nominationId", "round.decide.nobody"));
        }
        Validation.reject(errors);
        List<Nomination> nominations = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(nominationIds)) {
            Nomination nomination = id == null ? null : em.find(Nomination.class, id);
            if (nomination == null || !nomination.getRound().equals(round)) {
                throw new NotFound("nomination", id);
            }
            readablePersons.require(nomination.getPerson().getId());
            boolean mayDecide = currentUser.hasRole(Role.SUPERVISOR)
                    || outcome == Outcome.WITHDRAWN && nomination.getOutcome() == Outcome.PROPOSED;
            if (!mayDecide) {
                throw new EJBAccessException("deciding a nomination needs a supervisor");
            }
            if (!nomination.getOutcome().next().contains(outcome)) {
                errors.add(FieldError.of("outcome", "round.outcome.none", nomination.getPerson().getCaseNumber(),
                        nomination.getOutcome(), outcome));
            }
            nominations.add(nomination);
        }
        Validation.reject(errors);
        changeReason.set(why);
        Instant now = Instant.now(clock);
        for (Nomination nomination : nominations) {
            Person person = nomination.getPerson();
            nomination.decide(outcome, why, currentUser.getUsername(), now);
            switch (outcome) {
                case ACCEPTED -> {
                    if (person.getStatus() != RepatriationStatus.AGREED) {
                        ledger.moveByRound(person, RepatriationStatus.AGREED, "Accepted on " + round.getName(), round.getId());
                    }
                }
                case REJECTED, POSTPONED -> {
                    // The person stays on the list until the exchange, in case the talks turn; an agreement is undone.
                    if (person.getStatus() == RepatriationStatus.AGREED) {
                        ledger.moveByRound(person, RepatriationStatus.NOMINATED,
                                (outcome == Outcome.REJECTED ? "Rejected on " : "Postponed on ") + round.getName()
                                        + (why == null ? "" : ": " + why), round.getId());
                    }
                }
                case WITHDRAWN -> returnPerson(nomination, "Withdrawn from " + round.getName() + (why == null ? "" : ": " + why));
                default -> throw new IllegalStateException("outcome " + outcome);
            }
        }
        ConcurrentSave.flush(em);
        return nominations.stream().map(this::view).toList();
    }

    /**
     * Records the exchange as done, in one transaction: every accepted person is repatriated (handed over,
     * for the other side's people; remains included), their nominations marked exchanged; everyone else
     * still on the list returns to the status they had before the round; the round is completed. If any
     * person is not where the list says (changed meanwhile), nothing is recorded and the answer names them.
     * Two supervisors recording at once: the round row is locked, so the second finds it changed.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public ExchangeResult recordExchange(long roundId, Long versionRead, LocalDate exchangedOn) {
        ExchangeRound round = em.find(ExchangeRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new NotFound("round", roundId);
        }
        if (versionRead != null && round.getVersion() != versionRead) {
            throw lastChange.conflictOn(ExchangeRound.class, roundId);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = exchangedOn == null ? today : exchangedOn;
        List<FieldError> errors = new ArrayList<>();
        if (!round.getStatus().readyForExchange()) {
            errors.add(FieldError.of("status", "round.exchange.notReady", round.getStatus()));
        }
        if (date.isAfter(today)) {
            errors.add(FieldError.of("exchangeDate", "date.future"));
        }
        Validation.reject(errors);
        List<Nomination> held = held(round);
        requireAllInScope(held);
        List<Nomination> accepted = held.stream().filter(n -> n.getOutcome() == Outcome.ACCEPTED).toList();
        if (accepted.isEmpty()) {
            errors.add(FieldError.of("nominations", "round.exchange.nobodyAccepted"));
        }
        for (Nomination nomination : held) {
            RepatriationStatus expected = nomination.getOutcome() == Outcome.ACCEPTED
                    ? RepatriationStatus.AGREED : RepatriationStatus.NOMINATED;
            if (nomination.getPerson().getStatus() != expected) {
                errors.add(FieldError.of("nominations", "round.exchange.personChanged",
                        nomination.getPerson().getCaseNumber(), nomination.getPerson().getStatus(), expected));
            }
        }
        Validation.reject(errors);
        changeReason.set("Exchange of " + round.getName() + " on " + date);
        int exchanged = Handover.carryOut(round, held, ledger, currentUser.getUsername(), Instant.now(clock), date);
        ConcurrentSave.flush(em);
        return new ExchangeResult(round.getId(), round.getStatus(), date, exchanged, held.size() - exchanged,
                round.getVersion());
    }

    /** The open round holding this person, for their case page. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public Optional<Hold> holding(long personId) {
        readablePersons.require(personId);
        return em.createNamedQuery("Nomination.holding", Nomination.class).setParameter("personId", personId)
                .getResultStream().findFirst().map(n -> new Hold(n.getRound().getId(), n.getRound().getName(),
                        n.getRound().getStatus(), n.getId(), n.getOutcome()));
    }

    // ---- inside

    private ExchangeRound require(long roundId) {
        ExchangeRound round = em.find(ExchangeRound.class, roundId);
        if (round == null) {
            throw new NotFound("round", roundId);
        }
        return round;
    }

    private void check(RoundDetails details) {
        List<FieldError> errors = validation.check(details);
        if (details.getTalksDate() != null && details.getPlannedExchangeDate() != null
                && details.getPlannedExchangeDate().isBefore(details.getTalksDate())) {
            errors.add(FieldError.of("plannedExchangeDate", "round.plannedExchangeDate.beforeTalks"));
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < details.getQuotas().size(); i++) {
            RoundDetails.QuotaLine line = details.getQuotas().get(i);
            if (line.getCategory() != null && line.getSide() != null && !pairs.add(line.getCategory() + "/" + line.getSide())) {
                errors.add(FieldError.of("quotas[" + i + "]", "round.quota.twice", line.getCategory(), line.getSide()));
            }
        }
        Validation.reject(errors);
    }

    private List<Nomination> held(ExchangeRound round) {
        return em.createNamedQuery("Nomination.ofRound", Nomination.class).setParameter("round", round)
                .getResultStream().filter(Nomination::holdsPerson).toList();
    }

    /** A whole-round action moves every listed person, so the caller must be allowed to act on each of them. */
    private void requireAllInScope(List<Nomination> nominations) {
        long outside = nominations.stream().filter(n -> !readablePersons.mayRead(n.getPerson())).count();
        if (outside > 0) {
            throw new EJBAccessException(outside + " people on the round are outside the caller's record scope");
        }
    }

    private void returnPerson(Nomination nomination, String note) {
        Handover.giveBack(nomination, note, ledger, currentUser.getUsername(), Instant.now(clock));
    }

    /** A side and category of a round's list: one line of its balance, in that order. */
    private record Group(Side side, Category category) implements Comparable<Group> {
        @Override
        public int compareTo(Group other) {
            int bySide = side.compareTo(other.side);
            return bySide != 0 ? bySide : category.compareTo(other.category);
        }
    }

    private RoundRecord record(ExchangeRound round) {
        List<QuotaView> quotaViews = round.getQuotas().stream()
                .map(q -> new QuotaView(q.getCategory(), q.getSide(), q.getCount()))
                .sorted(java.util.Comparator.comparing((QuotaView q) -> new Group(q.side(), q.category()))).toList();
        Map<Group, Integer> quotas = new java.util.TreeMap<>();
        Map<Group, Tally> tallies = new java.util.TreeMap<>();
        for (QuotaView quota : quotaViews) {
            Group group = new Group(quota.side(), quota.category());
            quotas.put(group, quota.count());
            tallies.put(group, new Tally());
        }
        if (round.getId() != null) {
            for (Object[] row : em.createQuery("select p.side, p.category, n.outcome, count(n) from Nomination n join n.person p "
                    + "where n.round = :round group by p.side, p.category, n.outcome", Object[].class)
                    .setParameter("round", round).getResultList()) {
                tallies.computeIfAbsent(new Group((Side) row[0], (Category) row[1]), g -> new Tally())
                        .add((Outcome) row[2], (Long) row[3]);
            }
        }
        List<BalanceLine> balance = new ArrayList<>();
        Map<Side, Long> moving = new EnumMap<>(Side.class);
        tallies.forEach((group, t) -> {
            balance.add(new BalanceLine(group.side(), group.category(), quotas.get(group), t.listed(), t.accepted(),
                    t.rejected(), t.undecided(), t.exchanged()));
            moving.merge(group.side(), round.getStatus() == RoundStatus.COMPLETED ? t.exchanged() : t.accepted(), Long::sum);
        });
        long receiving = moving.getOrDefault(Side.OWN, 0L);
        long handingOver = moving.getOrDefault(Side.HELD, 0L);
        return new RoundRecord(round.getId(), round.getName(), round.getType(), round.getStatus(), round.getVenue(),
                round.getMediators(), round.getTalksDate(), round.getPlannedExchangeDate(), round.getActualExchangeDate(),
                round.getTerms(), quotaViews, round.getVersion(), round.getCreatedBy(), round.getCreatedAt(),
                List.copyOf(round.getStatus().next()), round.getStatus().readyForExchange(), balance,
                new Parity(receiving, handingOver, receiving == handingOver));
    }

    private NominationView view(Nomination nomination) {
        Person person = nomination.getPerson();
        String name = person.getNames().getFullName();
        List<Outcome> next = nomination.getRound().getStatus().isOpen()
                ? List.copyOf(nomination.getOutcome().next()) : List.of();
        return new NominationView(nomination.getId(), nomination.getRound().getId(), person.getId(), person.getCaseNumber(),
                name, person.getCategory(), person.getSide(), person.getStatus(), nomination.getOutcome(),
                nomination.getReason(), nomination.getNominatedBy(), nomination.getNominatedAt(),
                nomination.getDecidedBy(), nomination.getDecidedAt(), nomination.getVersion(), next);
    }
}
