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
import java.util.Locale;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.homeward.person.CasePart;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/**
 * One move of a person between repatriation statuses: from, to, who, when, why, on what evidence, and
 * on which exchange round. The list of these is the case's status history; entries are never changed.
 */
@Entity
@Table(name = "status_change")
@Audited
@NamedQuery(name = "StatusChange.of",
        query = "select c from StatusChange c left join fetch c.source where c.person.id = :id order by c.changedAt desc, c.id desc")
public class StatusChange extends CasePart {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 16, updatable = false)
    @NotPersonal
    private RepatriationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    @NotPersonal
    private RepatriationStatus to;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    @NotPersonal
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    @NotPersonal
    private Instant changedAt;

    /** The reason as typed, or, for a move the system made, its words in English as they were written then. */
    @Column(name = "reason", length = 1000, updatable = false)
    @Personal
    private String reason;

    /*
     * A move the system made carries its reason as a code with arguments, shown in the reader's language.
     * Not audited: the sealed audit trail keeps the English words in reason (its rows, and their seals,
     * stay as they were before V14), and the entry is never changed after it is written.
     */
    @NotAudited
    @Column(name = "reason_code", length = 64, updatable = false)
    private String reasonCode;

    @NotAudited
    @Column(name = "reason_arguments", length = 2000, updatable = false)
    private String reasonArguments;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 24, updatable = false)
    @NotPersonal
    private ClosingReason closingReason;

    /** The source of information the move rests on, when the user named one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id", updatable = false)
    @NotPersonal
    private InformationSource source;

    /** The caseworker who asked for the move, when a supervisor ({@code changedBy}) made it on their request. */
    @Column(name = "requested_by", length = 64, updatable = false)
    @NotPersonal
    private String requestedBy;

    /** The exchange round that made the move, if a round made it. */
    @Column(name = "round_id", updatable = false)
    @NotPersonal
    private Long roundId;

    protected StatusChange() {
    }

    /** A move made by the system, for that reason. */
    StatusChange(Person person, RepatriationStatus from, RepatriationStatus to, String changedBy, Instant changedAt,
                 StatusReason reason, Long roundId) {
        this(person, from, to, changedBy, changedAt, words(reason), null, null, roundId, null);
        this.reasonCode = reason.code();
        this.reasonArguments = reason.storedArguments();
    }

    StatusChange(Person person, RepatriationStatus from, RepatriationStatus to, String changedBy, Instant changedAt,
                 String reason, ClosingReason closingReason, InformationSource source, Long roundId, String requestedBy) {
        super(person);
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.reason = reason;
        this.closingReason = closingReason;
        this.source = source;
        this.roundId = roundId;
        this.requestedBy = requestedBy;
    }

    /** A round's name and a typed reason together may outgrow the column: the code keeps them whole. */
    private static String words(StatusReason reason) {
        String words = reason.in(Locale.ENGLISH);
        return words.length() <= 1000 ? words : words.substring(0, 999) + "…";
    }

    public RepatriationStatus getFrom() {
        return from;
    }

    public RepatriationStatus getTo() {
        return to;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

    /** The reason in the reader's language: a system move's through the bundles, a typed one as typed. */
    /** Whether the system wrote the reason (in words of its own, no one's personal data) rather than a user. */
    public boolean isSystemReason() {
        return reasonCode != null;
    }

    public String reasonIn(Locale locale) {
        return reasonCode == null ? reason : StatusReason.stored(reasonCode, reasonArguments).in(locale);
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

    public Long getRoundId() {
        return roundId;
    }
}
