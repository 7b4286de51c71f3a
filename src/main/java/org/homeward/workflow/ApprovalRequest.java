package org.homeward.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.person.CasePart;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;

/**
 * A caseworker's request that a supervisor approve a status move: the move as asked (from, to, reason,
 * closing reason, evidence), who asked and when, and what became of it. Nothing on the case changes
 * until a supervisor approves. While the request is pending, {@code openPersonId} carries the person's
 * id under a unique index: the database itself keeps one open request per case, whoever asks at once.
 */
@Entity
@Table(name = "approval_request")
@Audited
@NamedQuery(name = "ApprovalRequest.openFor",
        query = "select r from ApprovalRequest r where r.openPersonId = :personId")
public class ApprovalRequest extends CasePart {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 16, updatable = false)
    private RepatriationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    private RepatriationStatus to;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 24, updatable = false)
    private ClosingReason closingReason;

    /** The source of information the move rests on, when the caseworker named one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id", updatable = false)
    private InformationSource source;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ApprovalState state;

    /** The supervisor who decided, or whoever moved the case so that the request went stale. */
    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    /** For a stale request: the status the case moved to instead. */
    @Enumerated(EnumType.STRING)
    @Column(name = "moved_to", length = 16)
    private RepatriationStatus movedTo;

    @Column(name = "open_person_id", unique = true)
    private Long openPersonId;

    protected ApprovalRequest() {
    }

    /** A request to move the person from their present status; the move was checked against the rules before. */
    ApprovalRequest(Person person, RepatriationStatus to, String reason, ClosingReason closingReason,
                    InformationSource source, String requestedBy, Instant requestedAt) {
        super(person);
        this.from = Objects.requireNonNull(person.getStatus());
        this.to = Objects.requireNonNull(to, "the status asked for is required");
        this.reason = reason;
        this.closingReason = closingReason;
        this.source = source;
        this.requestedBy = Objects.requireNonNull(requestedBy, "who asked is required");
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.state = ApprovalState.PENDING;
        this.openPersonId = Objects.requireNonNull(person.getId(), "the person is saved before a request is made");
    }

    /** Approved: the caller makes the move, after this, so that the request is no longer open when it is made. */
    void approve(String by, Instant at, String note) {
        close(ApprovalState.APPROVED, by, at, note);
    }

    void decline(String by, Instant at, String why) {
        close(ApprovalState.DECLINED, by, at, Objects.requireNonNull(why, "a decline needs its reason"));
    }

    /** The case moved to {@code newStatus} (by {@code by}) before anyone decided: closed, never to be applied. */
    void goStale(String by, Instant at, RepatriationStatus newStatus) {
        close(ApprovalState.STALE, by, at, null);
        this.movedTo = newStatus;
    }

    private void close(ApprovalState next, String by, Instant at, String why) {
        if (!state.isOpen()) {
            throw new IllegalStateException("approval request " + getId() + " is " + state + ", not pending");
        }
        this.state = next;
        this.decidedBy = by;
        this.decidedAt = Objects.requireNonNull(at);
        this.decisionReason = why;
        this.openPersonId = null;
    }

    public RepatriationStatus getFrom() {
        return from;
    }

    public RepatriationStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public ClosingReason getClosingReason() {
        return closingReason;
    }

    public InformationSource getSource() {
        return source;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ApprovalState getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public RepatriationStatus getMovedTo() {
        return movedTo;
    }
}
