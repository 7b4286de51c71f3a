package org.homeward.duplicates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.homeward.matching.Reason;

/**
 * Two records the matcher found may be one person, with how likely and why, and what a supervisor
 * decided. The lower id is always first, so one pair has one row whoever found it.
 */
@Entity
@Table(name = "duplicate_pair")
@NamedQuery(name = "DuplicatePair.involving",
        query = "select d.lowerId, d.higherId from DuplicatePair d where d.lowerId in :ids or d.higherId in :ids")
public class DuplicatePair {

    /** Between one reason's code and its arguments, and between arguments: no name holds a control character. */
    private static final String UNIT = "\u001F";
    /** Between reasons. */
    private static final String RECORD = "\u001E";
    private static final int MAX_EXPLANATION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duplicate_pair_seq")
    @SequenceGenerator(name = "duplicate_pair_seq", sequenceName = "duplicate_pair_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lower_id", nullable = false, updatable = false)
    private long lowerId;

    @Column(name = "higher_id", nullable = false, updatable = false)
    private long higherId;

    @Column(nullable = false)
    private int score;

    @Column(length = MAX_EXPLANATION)
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PairState state = PairState.OPEN;

    @Column(name = "found_at", nullable = false, updatable = false)
    private Instant foundAt;

    @Column(name = "found_by", nullable = false, updatable = false, length = 100)
    private String foundBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Version
    private long version;

    protected DuplicatePair() {
    }

    DuplicatePair(long oneId, long otherId, int score, List<Reason> reasons, String foundBy, Instant foundAt) {
        if (oneId == otherId) {
            throw new IllegalArgumentException("a record is not its own duplicate");
        }
        this.lowerId = Math.min(oneId, otherId);
        this.higherId = Math.max(oneId, otherId);
        this.score = score;
        this.explanation = stored(reasons);
        this.foundBy = Objects.requireNonNull(foundBy, "who found the pair is required");
        this.foundAt = Objects.requireNonNull(foundAt, "when the pair was found is required");
    }

    /** A supervisor's decision on an open or confirmed pair; a dismissed or merged pair is decided for good. */
    void decide(PairState decision, String by, Instant at) {
        if (state == PairState.DISMISSED || state == PairState.MERGED) {
            throw new IllegalStateException("pair " + id + " is already " + state);
        }
        this.state = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    boolean isDecided() {
        return state == PairState.DISMISSED || state == PairState.MERGED;
    }

    /** The matcher's reasons, as stored: each a message code and its arguments. */
    public List<Reason> getReasons() {
        List<Reason> reasons = new ArrayList<>();
        if (explanation == null || explanation.isEmpty()) {
            return reasons;
        }
        for (String one : explanation.split(RECORD)) {
            String[] parts = one.split(UNIT, -1);
            reasons.add(new Reason(parts[0], List.of(parts).subList(1, parts.length)));
        }
        return reasons;
    }

    private static String stored(List<Reason> reasons) {
        StringBuilder text = new StringBuilder();
        for (Reason reason : reasons) {
            StringBuilder one = new StringBuilder(reason.messageKey());
            reason.arguments().forEach(argument -> one.append(UNIT).append(argument));
            if (text.length() + one.length() + 1 > MAX_EXPLANATION) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(RECORD);
            }
            text.append(one);
        }
        return text.toString();
    }

    public Long getId() {
        return id;
    }

    public long getLowerId() {
        return lowerId;
    }

    public long getHigherId() {
        return higherId;
    }

    public int getScore() {
        return score;
    }

    public PairState getState() {
        return state;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public String getFoundBy() {
        return foundBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getVersion() {
        return version;
    }
}
