package org.homeward.access;

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
import org.homeward.platform.Role;

/**
 * One administrator's request that a user be given a role that opens case data or the audit trail;
 * the user has the role only once a second administrator confirms it. While it is pending,
 * {@code openKey} ("user id:role") sits under a unique index: one pending grant of a role to a user.
 */
@Entity
@Table(name = "role_grant")
@Audited
@NamedQuery(name = "RoleGrant.pendingOf", query = "select g from RoleGrant g where g.openKey = :openKey")
public class RoleGrant {

    public enum State { PENDING, CONFIRMED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_seq")
    @SequenceGenerator(name = "role_grant_seq", sequenceName = "role_grant_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20, updatable = false)
    private Role role;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private State state;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "open_key", length = 40, unique = true)
    private String openKey;

    protected RoleGrant() {
    }

    RoleGrant(UserAccount user, Role role, String requestedBy, Instant requestedAt) {
        this.user = Objects.requireNonNull(user);
        this.role = Objects.requireNonNull(role);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.state = State.PENDING;
        this.openKey = openKey(user, role);
    }

    static String openKey(UserAccount user, Role role) {
        return Objects.requireNonNull(user.getId(), "the user is saved before a grant is asked") + ":" + role.name();
    }

    /** Whether granting this role waits for a second administrator: the roles that open case data or the audit trail. */
    public static boolean needsConfirmation(Role role) {
        return role != Role.PARTNER;
    }

    void decide(State outcome, String by, Instant at) {
        if (state != State.PENDING) {
            throw new IllegalStateException("role grant " + id + " is " + state + ", not pending");
        }
        this.state = outcome;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
        this.openKey = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UserAccount getUser() {
        return user;
    }

    public Role getRole() {
        return role;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public State getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
