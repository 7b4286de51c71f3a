package org.homeward.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;
import org.homeward.workflow.StatusReason;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/**
 * One person on one round's list, with the outcome of the talks for them. While the nomination holds
 * the person (not withdrawn, not yet exchanged, round still open), {@code heldPersonId} carries the
 * person's id under a unique index: the database itself keeps a person on at most one open round, on
 * every node and whoever nominates at the same moment.
 */
@Entity
@Table(name = "nomination")
@Audited
@NamedQuery(name = "Nomination.holding", query = "select n from Nomination n join fetch n.round where n.heldPersonId = :personId")
@NamedQuery(name = "Nomination.holdingAny", query = "select n from Nomination n join fetch n.round where n.heldPersonId in :ids")
@NamedQuery(name = "Nomination.ofRoundAndPeople",
        query = "select n from Nomination n where n.round = :round and n.person.id in :ids")
@NamedQuery(name = "Nomination.heldBy", query = "select n from Nomination n join fetch n.person p "
        + "where n.round = :round and n.heldPersonId is not null order by n.id")
@NamedQuery(name = "Nomination.listOf", query = "select n from Nomination n join fetch n.person p join fetch p.office "
        + "left join fetch p.assignedTo where n.round = :round order by n.id")
@NamedQuery(name = "Nomination.tallyOfRounds", query = "select n.round.id, n.outcome, count(n) from Nomination n "
        + "where n.round in :rounds group by n.round.id, n.outcome")
@NamedQuery(name = "Nomination.balanceOf", query = "select p.side, p.category, n.outcome, count(n) from Nomination n "
        + "join n.person p where n.round = :round group by p.side, p.category, n.outcome")
public class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nomination_seq")
    @SequenceGenerator(name = "nomination_seq", sequenceName = "nomination_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    @NotPersonal
    private ExchangeRound round;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    @NotPersonal
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    @NotPersonal
    private Outcome outcome = Outcome.PROPOSED;

    /** The other side's reason for a rejection, or ours for withdrawing. */
    @Column(length = 1000)
    @Personal
    private String reason;

    /** The person's status before the round took them (verified, or deceased for remains): where they return if not exchanged. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, length = 16)
    @NotPersonal
    private RepatriationStatus statusBefore;

    @Column(name = "nominated_by", nullable = false, length = 64)
    @NotPersonal
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    @NotPersonal
    private Instant nominatedAt;

    @Column(name = "decided_by", length = 64)
    @NotPersonal
    private String decidedBy;

    @Column(name = "decided_at")
    @NotPersonal
    private Instant decidedAt;

    @Column(name = "held_person_id", unique = true)
    private Long heldPersonId;

    protected Nomination() {
    }

    public Nomination(ExchangeRound round, Person person, String nominatedBy, Instant nominatedAt) {
        this.round = Objects.requireNonNull(round);
        this.person = Objects.requireNonNull(person);
        renominate(nominatedBy, nominatedAt);
    }

    /** Put (back) on the list: proposed again, holding the person from their current status. */
    void renominate(String by, Instant at) {
        this.outcome = Outcome.PROPOSED;
        this.reason = null;
        this.statusBefore = person.getStatus();
        this.nominatedBy = Objects.requireNonNull(by);
        this.nominatedAt = Objects.requireNonNull(at);
        this.decidedBy = null;
        this.decidedAt = null;
        this.heldPersonId = person.getId();
    }

    /** The talks decided this for the person ({@code why}: the other side's reason, or ours); the round moves them. */
    public void decide(Outcome next, String why, String by, Instant at) {
        if (!outcome.next().contains(next)) {
            throw new IllegalStateException("nomination " + id + " cannot go from " + outcome + " to " + next);
        }
        this.outcome = next;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = at;
        if (!next.holdsPerson()) {
            heldPersonId = null;
        }
    }

    /** The exchange was recorded: the person went home (or over to their side). */
    public void exchanged(String by, Instant at) {
        if (outcome != Outcome.ACCEPTED) {
            throw new IllegalStateException("nomination " + id + " is " + outcome + ", not accepted");
        }
        this.outcome = Outcome.EXCHANGED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.heldPersonId = null;
    }

    /** The round is over without this person: undecided ones count as postponed; the person is free again. */
    public void release() {
        if (outcome == Outcome.PROPOSED) {
            outcome = Outcome.POSTPONED;
        }
        heldPersonId = null;
    }

    /** Back to where the person was before the round took them (verified, or deceased for remains). */
    void giveBack(StatusReason reason, StatusMoves moves) {
        if (person.getStatus() != statusBefore) {
            moves.move(person, statusBefore, reason);
        }
    }

    boolean isOn(ExchangeRound other) {
        return round == other || round.equals(other);
    }

    public boolean holdsPerson() {
        return heldPersonId != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ExchangeRound getRound() {
        return round;
    }

    /**
     * A merge puts the closed record's place on the list onto the surviving record (the merge refuses
     * when that would put one person on a round twice, or one held by an open round): a change of this
     * row, so that the nomination's history shows the move in the merge's revision.
     */
    public void moveTo(Person survivor) {
        this.person = Objects.requireNonNull(survivor, "survivor is required");
    }

    public Person getPerson() {
        return person;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public RepatriationStatus getStatusBefore() {
        return statusBefore;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
