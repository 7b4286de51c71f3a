package org.homeward.access;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.homeward.platform.Role;

/**
 * A person who signs in to Homeward: a caseworker, supervisor, partner, auditor or administrator,
 * working in one office. The password is kept only as a hash (Argon2id; bcrypt for older ones).
 */
@Entity
@Table(name = "app_user")
@Audited
@NamedQuery(name = "UserAccount.findByUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.all", query = "select u from UserAccount u join fetch u.office order by u.username")
@NamedQuery(name = "UserAccount.recordSignIn",
        query = "update UserAccount u set u.failedLogins = 0, u.lockedUntil = null, u.lastLoginAt = :now where u.id = :id")
public class UserAccount {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_DISPLAY_NAME = 200;
    /**
     * Failed sign-ins in a row after which the account is locked. High, because guessing from one
     * address is slowed down long before (SignInThrottle): a lock means guesses from many addresses,
     * and an anonymous client cannot lock an account with a handful of requests.
     */
    public static final int LOCKOUT_THRESHOLD = 50;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_USERNAME, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    // The hash itself is not history anyone needs; that the password changed is (passwordChangedAt).
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    // Sign-in bookkeeping changes on every sign-in; it is in the access log, not in the revisions.
    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    // Raised by endOtherSessions(); a web session carries the value it signed in with.
    @NotAudited
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    @Version
    private long version;

    protected UserAccount() {
    }

    /** A new account with a temporary password that its owner must change at the first sign-in. */
    public UserAccount(String username, String displayName, Office office, Set<Role> roles,
                       String temporaryPasswordHash, Instant now) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.displayName = Objects.requireNonNull(displayName, "display name is required");
        this.office = Objects.requireNonNull(office, "office is required");
        assignRoles(roles);
        resetPassword(temporaryPasswordHash, now);
    }

    public void describe(String newDisplayName, Office newOffice) {
        this.displayName = Objects.requireNonNull(newDisplayName, "display name is required");
        this.office = Objects.requireNonNull(newOffice, "office is required");
    }

    /** May be none: a new account whose roles all wait for a second administrator holds none yet. */
    void assignRoles(Set<Role> newRoles) {
        Objects.requireNonNull(newRoles, "roles are required");
        if (!roles.equals(newRoles)) {
            endOtherSessions();
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    /**
     * Ends every web session of this user that signed in before, on every node, at their next request
     * (HomewardAuthentication compares the value). Called whenever the password, the roles or the
     * active state change. The user's own current session survives their own password change
     * because UserService hands it the new value (OwnSession). API calls carry their password and
     * are checked afresh.
     */
    public void endOtherSessions() {
        sessionEpoch++;
    }

    /** An administrator sets a temporary password: the owner must choose their own at the next sign-in. */
    public void resetPassword(String temporaryPasswordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(temporaryPasswordHash, "password is required");
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        endOtherSessions();
        // A reset also lifts a lockout: it is how an administrator lets a locked-out colleague back in.
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** The owner chose a new password. */
    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "password is required");
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
        endOtherSessions();
    }

    public void deactivate() {
        this.active = false;
        endOtherSessions();
    }

    public void activate() {
        this.active = true;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether cases may be assigned to this account: active, and a caseworker or supervisor. */
    public boolean mayHandleCases() {
        return active && (roles.contains(Role.CASEWORKER) || roles.contains(Role.SUPERVISOR));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Office getOffice() {
        return office;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isActive() {
        return active;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount user && username.equals(user.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
