package org.homeward.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.homeward.person.Person;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.Validation;
import org.homeward.person.RepatriationStatus;

/**
 * One negotiation-and-exchange operation ("Istanbul talks, round 3"): its terms and quotas, where it
 * stands, and, through its nominations, the people listed on it. The round keeps the rules of its list
 * (product rules "Exchange rounds"): whom it may list, how the talks decide for each person, what
 * recording the exchange and cancelling do. Each such action checks everything first and refuses with
 * the fields at fault, so that nothing is changed by half; the status moves it makes go through
 * {@link StatusMoves}. Who may act, and on whom, is the service's rule.
 */
@Entity
@Table(name = "exchange_round")
@Audited
@NamedQuery(name = "ExchangeRound.all", query = "select r from ExchangeRound r "
        + "order by coalesce(r.talksDate, r.plannedExchangeDate) desc nulls last, r.id desc")
@NamedQuery(name = "ExchangeRound.allCount", query = "select count(r) from ExchangeRound r")
@NamedQuery(name = "ExchangeRound.withStatus", query = "select r from ExchangeRound r where r.status = :status "
        + "order by coalesce(r.talksDate, r.plannedExchangeDate) desc nulls last, r.id desc")
@NamedQuery(name = "ExchangeRound.withStatusCount", query = "select count(r) from ExchangeRound r where r.status = :status")
public class ExchangeRound {

    /** The longest reason a supervisor may give for a decision or for cancelling. */
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_seq")
    @SequenceGenerator(name = "round_seq", sequenceName = "round_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "round_type", nullable = false, length = 20)
    private RoundType type;

    @Column(length = 200)
    private String venue;

    @Column(length = 300)
    private String mediators;

    @Column(name = "talks_date")
    private LocalDate talksDate;

    @Column(name = "planned_exchange_date")
    private LocalDate plannedExchangeDate;

    @Column(name = "actual_exchange_date")
    private LocalDate actualExchangeDate;

    @Column(length = 2000)
    private String terms;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RoundStatus status = RoundStatus.PLANNED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_quota", joinColumns = @JoinColumn(name = "round_id"))
    private Set<Quota> quotas = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ExchangeRound() {
    }

    public ExchangeRound(RoundDetails details, String createdBy, Instant createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        revise(details);
    }

    void revise(RoundDetails details) {
        this.name = Objects.requireNonNull(FreeText.clean(details.getName()), "name is required");
        this.type = Objects.requireNonNull(details.getType(), "type is required");
        this.venue = FreeText.clean(details.getVenue());
        this.mediators = FreeText.clean(details.getMediators());
        this.talksDate = details.getTalksDate();
        this.plannedExchangeDate = details.getPlannedExchangeDate();
        this.terms = FreeText.clean(details.getTerms());
        this.quotas.clear();
        for (RoundDetails.QuotaLine line : details.getQuotas()) {
            quotas.add(new Quota(line.getCategory(), line.getSide(), line.getCount()));
        }
    }

    /**
     * Lists these people (proposed), each moving to {@code NOMINATED}; all or nothing: when one cannot be
     * listed (not verified, already on an open round, not of this round's kind), the refusal names each
     * such person and nobody is listed. {@code holding}: the nomination holding each person now, if any;
     * {@code earlier}: each person's earlier place on this round (withdrawn), taken up again. Returns the
     * nominations, those without an id new.
     */
    public List<Nomination> list(List<Person> people, Map<Long, Nomination> holding, Map<Long, Nomination> earlier,
                                 String by, Instant at, StatusMoves moves) {
        List<FieldError> errors = new ArrayList<>(listingProblems(people.size()));
        for (Person person : people) {
            refusalToList(person, holding.get(person.getId())).ifPresent(errors::add);
        }
        Validation.reject(errors);
        List<Nomination> listed = new ArrayList<>();
        for (Person person : people) {
            Nomination nomination = earlier.get(person.getId());
            if (nomination == null) {
                nomination = new Nomination(this, person, by, at);
            } else {
                nomination.renominate(by, at);
            }
            moves.move(person, RepatriationStatus.NOMINATED, RoundReasons.listed(this));
            listed.add(nomination);
        }
        return listed;
    }

    /** What stops any listing at all: the round is over, or nobody was chosen. */
    public List<FieldError> listingProblems(int people) {
        List<FieldError> errors = new ArrayList<>();
        if (!status.isOpen()) {
            errors.add(FieldError.of("round", "round.closed", status));
        }
        if (people == 0) {
            errors.add(FieldError.of("personId", "round.nominate.nobody"));
        }
        return errors;
    }

    /** Why this person cannot be listed on this round, if they cannot; {@code holding}: the nomination holding them. */
    public Optional<FieldError> refusalToList(Person person, Nomination holding) {
        String caseNumber = person.getCaseNumber();
        if (holding != null) {
            return Optional.of(holding.getRound() == this || holding.getRound().equals(this)
                    ? FieldError.of("personId", "round.nominate.already", caseNumber)
                    : FieldError.of("personId", "round.nominate.held", caseNumber, holding.getRound().getName()));
        }
        if (!type.lists(person.getCategory(), person.isRemains())) {
            return Optional.of(FieldError.of("personId", "round.nominate.type", caseNumber, person.getCategory(), type));
        }
        RepatriationStatus now = person.getStatus();
        boolean ready = now == RepatriationStatus.VERIFIED || person.isRemains() && now == RepatriationStatus.DECEASED;
        return ready ? Optional.empty() : Optional.of(FieldError.of("personId", "round.nominate.status", caseNumber, now));
    }

    /** What is wrong with deciding {@code outcome} (reason {@code why}) for {@code count} people, before looking at them. */
    public List<FieldError> decisionProblems(Outcome outcome, String typed, int count) {
        String why = FreeText.clean(typed);
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
        if (!status.isOpen()) {
            errors.add(FieldError.of("round", "round.closed", status));
        }
        if (count == 0) {
            errors.add(FieldError.of("nominationId", "round.decide.nobody"));
        }
        return errors;
    }

    /**
     * Records the outcome of the talks for listed people: accepted (the person moves to {@code AGREED}),
     * rejected with the other side's reason or postponed (an agreed person goes back to
     * {@code NOMINATED}; the person stays listed until the exchange, in case the talks turn), or
     * withdrawn (the person returns to where they were before the round).
     */
    public void decide(List<Nomination> nominations, Outcome outcome, String typed, String by, Instant at,
                       StatusMoves moves) {
        String why = FreeText.clean(typed);
        List<FieldError> errors = decisionProblems(outcome, why, nominations.size());
        Validation.reject(errors);
        for (Nomination nomination : nominations) {
            if (!nomination.isOn(this)) {
                throw new IllegalArgumentException("nomination " + nomination.getId() + " is not on round " + id);
            }
            if (!nomination.getOutcome().next().contains(outcome)) {
                errors.add(FieldError.of("outcome", "round.outcome.none", nomination.getPerson().getCaseNumber(),
                        nomination.getOutcome(), outcome));
            }
        }
        Validation.reject(errors);
        for (Nomination nomination : nominations) {
            Person person = nomination.getPerson();
            nomination.decide(outcome, why, by, at);
            switch (outcome) {
                case ACCEPTED -> {
                    if (person.getStatus() != RepatriationStatus.AGREED) {
                        moves.move(person, RepatriationStatus.AGREED, RoundReasons.accepted(this));
                    }
                }
                case REJECTED, POSTPONED -> {
                    if (person.getStatus() == RepatriationStatus.AGREED) {
                        moves.move(person, RepatriationStatus.NOMINATED, RoundReasons.decided(outcome, this, why));
                    }
                }
                case WITHDRAWN -> nomination.giveBack(RoundReasons.decided(outcome, this, why), moves);
                default -> throw new IllegalStateException("outcome " + outcome);
            }
        }
    }

    /**
     * Moves the round through the talks by hand (completion comes only from the exchange). Cancelling
     * needs a reason and lets everyone the round holds ({@code held}) go: each nomination withdrawn, each
     * person back to the status they had before the round took them.
     */
    public void moveTo(RoundStatus next, String typed, List<Nomination> held, String by, Instant at, StatusMoves moves) {
        String why = FreeText.clean(typed);
        Validation.reject(statusProblems(next, why));
        if (next == RoundStatus.CANCELLED) {
            for (Nomination nomination : held) {
                nomination.decide(Outcome.WITHDRAWN, why, by, at);
                nomination.giveBack(RoundReasons.cancelled(this, why), moves);
            }
        }
        this.status = next;
    }

    /** What is wrong with moving the round to {@code next} by hand, with reason {@code why}. */
    public List<FieldError> statusProblems(RoundStatus next, String typed) {
        String why = FreeText.clean(typed);
        List<FieldError> errors = new ArrayList<>();
        if (next == null) {
            errors.add(FieldError.of("to", "round.status.required"));
        } else if (!status.next().contains(next)) {
            errors.add(FieldError.of("to", next == RoundStatus.COMPLETED ? "round.status.completeByExchange"
                    : "round.status.none", status, next));
        } else if (next == RoundStatus.CANCELLED && why == null) {
            errors.add(FieldError.of("reason", "round.cancel.reason.required"));
        }
        FreeText.check("reason", why, MAX_REASON, errors);
        return errors;
    }

    /** What recording the exchange would do with the people the round holds ({@code held}), for the confirmation. */
    public ExchangePlan plan(List<Nomination> held) {
        long receiving = 0;
        long handingOver = 0;
        for (Nomination nomination : held) {
            if (nomination.getOutcome() == Outcome.ACCEPTED) {
                if (nomination.getPerson().getSide() == Side.OWN) {
                    receiving++;
                } else {
                    handingOver++;
                }
            }
        }
        return new ExchangePlan(receiving, handingOver, held.size() - receiving - handingOver);
    }

    /**
     * What stops recording the exchange on that date, before looking at the list: the round is not
     * agreed, or the date is missing, after {@code today} or before the talks.
     */
    public List<FieldError> exchangeDateProblems(LocalDate exchangedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!status.readyForExchange()) {
            errors.add(FieldError.of("status", "round.exchange.notReady", status));
        }
        if (exchangedOn == null) {
            errors.add(FieldError.of("exchangeDate", "round.exchange.date.required"));
        } else if (exchangedOn.isAfter(today)) {
            errors.add(FieldError.of("exchangeDate", "date.future"));
        } else if (talksDate != null && exchangedOn.isBefore(talksDate)) {
            errors.add(FieldError.of("exchangeDate", "round.exchange.date.beforeTalks", talksDate));
        }
        return errors;
    }

    /**
     * Records the exchange as done on {@code exchangedOn}, which must be given, not after {@code today}
     * and not before the talks: every accepted person of {@code held} (the nominations still holding
     * people) is repatriated (handed over, for the other side's people; remains included) and their
     * nomination exchanged; everyone else returns to the status they had before the round; the round is
     * completed. When anyone is not where the list says (the case changed meanwhile), nothing is done and
     * the refusal names them. Returns how many were exchanged.
     */
    public int recordExchange(List<Nomination> held, LocalDate exchangedOn, LocalDate today, String by, Instant at,
                              StatusMoves moves) {
        List<FieldError> errors = exchangeDateProblems(exchangedOn, today);
        Validation.reject(errors);
        if (held.stream().noneMatch(n -> n.getOutcome() == Outcome.ACCEPTED)) {
            errors.add(FieldError.of("nominations", "round.exchange.nobodyAccepted"));
        }
        for (Nomination nomination : held) {
            RepatriationStatus expected = nomination.getOutcome() == Outcome.ACCEPTED
                    ? RepatriationStatus.AGREED : RepatriationStatus.NOMINATED;
            Person person = nomination.getPerson();
            if (person.getStatus() != expected) {
                errors.add(FieldError.of("nominations", "round.exchange.personChanged", person.getCaseNumber(),
                        person.getStatus(), expected));
            }
        }
        Validation.reject(errors);
        int exchanged = 0;
        for (Nomination nomination : held) {
            if (nomination.getOutcome() == Outcome.ACCEPTED) {
                nomination.exchanged(by, at);
                moves.move(nomination.getPerson(), RepatriationStatus.REPATRIATED, RoundReasons.exchanged(this, exchangedOn));
                exchanged++;
            } else {
                nomination.release();
                nomination.giveBack(RoundReasons.notExchanged(this, nomination.getOutcome()), moves);
            }
        }
        complete(exchangedOn);
        return exchanged;
    }

    /**
     * The exchange took place on that day: the round is done. Recording the exchange calls it once the
     * list is handed over; a loader of past rounds, whose people it writes itself, calls it directly.
     */
    public void complete(LocalDate exchangedOn) {
        if (!status.readyForExchange()) {
            throw new IllegalStateException("round " + id + " is " + status + ", not ready for its exchange");
        }
        this.status = RoundStatus.COMPLETED;
        this.actualExchangeDate = Objects.requireNonNull(exchangedOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public RoundType getType() {
        return type;
    }

    public String getVenue() {
        return venue;
    }

    public String getMediators() {
        return mediators;
    }

    public LocalDate getTalksDate() {
        return talksDate;
    }

    public LocalDate getPlannedExchangeDate() {
        return plannedExchangeDate;
    }

    public LocalDate getActualExchangeDate() {
        return actualExchangeDate;
    }

    public String getTerms() {
        return terms;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public Set<Quota> getQuotas() {
        return Set.copyOf(quotas);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExchangeRound r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return ExchangeRound.class.hashCode();
    }
}
