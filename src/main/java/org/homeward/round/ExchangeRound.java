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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.homeward.platform.FreeText;

/**
 * One negotiation-and-exchange operation ("Istanbul talks, round 3"): its terms and quotas, where it
 * stands, and, through its nominations, the people listed on it.
 */
@Entity
@Table(name = "exchange_round")
@Audited
public class ExchangeRound {

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

    /** Sets the status by hand; completion comes only from {@link #complete}. */
    public void moveTo(RoundStatus next) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("round " + id + " cannot move from " + status + " to " + next);
        }
        this.status = next;
    }

    /** The exchange took place on that day: the round is done. */
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
