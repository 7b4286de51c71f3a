package org.homeward.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;

/**
 * Checks who is signing in. Every attempt is on file; five failures in a row lock the account for
 * fifteen minutes. The lock lives in the database row, so it holds on every server node. Whatever
 * the reason for a refusal (unknown user, wrong password, locked, deactivated), the caller learns
 * only that it was refused.
 */
@Stateless
public class SignIn {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    @Inject
    VerifiedCredentials verifiedCredentials;

    /** A person signing in on the sign-in page: always checked in full and always on file. */
    @PermitAll
    public Optional<Caller> attempt(String username, String password) {
        return check(username, password, false);
    }

    /**
     * An API request's HTTP Basic credentials. Credentials verified in the last minutes are accepted
     * without another bcrypt check and without another sign-in entry: a script's requests are one
     * sign-in, not thousands.
     */
    @PermitAll
    public Optional<Caller> attemptApiCall(String username, String password) {
        return check(username, password, true);
    }

    private Optional<Caller> check(String username, String password, boolean mayUseRecentCheck) {
        Instant now = Instant.now(clock);
        UserAccount user = find(username);
        if (user == null) {
            PasswordHasher.spendTimeOfOneCheck(password);
            accessLog.record(username, AccessAction.SIGN_IN_FAILED, null, null, "unknown user");
            return Optional.empty();
        }
        if (mayUseRecentCheck && password != null && !user.isLockedAt(now)
                && verifiedCredentials.recentlyVerified(user.getUsername(), password, user.getPasswordHash(), now)) {
            // The same credentials passed bcrypt minutes ago: an API script's next request, not a new sign-in.
            return user.isActive() ? Optional.of(Caller.of(user)) : Optional.empty();
        }
        // Row lock: concurrent attempts on several nodes count one after the other.
        em.lock(user, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(user);
        if (user.isLockedAt(now)) {
            PasswordHasher.spendTimeOfOneCheck(password);
            accessLog.record(user.getUsername(), AccessAction.SIGN_IN_FAILED, "user", user.getId(), "locked");
            return Optional.empty();
        }
        if (!PasswordHasher.matches(password, user.getPasswordHash())) {
            recordFailure(user, now);
            return Optional.empty();
        }
        if (!user.isActive()) {
            accessLog.record(user.getUsername(), AccessAction.SIGN_IN_FAILED, "user", user.getId(), "deactivated");
            return Optional.empty();
        }
        verifiedCredentials.remember(user.getUsername(), password, user.getPasswordHash(), now);
        em.createNamedQuery("UserAccount.recordSignIn")
                .setParameter("now", now)
                .setParameter("id", user.getId())
                .executeUpdate();
        accessLog.record(user.getUsername(), AccessAction.SIGN_IN, "user", user.getId(), null);
        return Optional.of(Caller.of(user));
    }

    /** The signed-in user of a web session, as they are now: deactivated users lose the session at once. */
    @PermitAll
    public Optional<Caller> resume(String username) {
        UserAccount user = find(username);
        return user == null || !user.isActive() ? Optional.empty() : Optional.of(Caller.of(user));
    }

    @PermitAll
    public void signedOut(String username) {
        accessLog.record(username, AccessAction.SIGN_OUT);
    }

    private void recordFailure(UserAccount user, Instant now) {
        // A lock that has run out starts the count again.
        int before = user.getLockedUntil() != null ? 0 : user.getFailedLogins();
        int failures = before + 1;
        Instant lockedUntil = failures >= UserAccount.LOCKOUT_THRESHOLD ? now.plus(UserAccount.LOCKOUT) : null;
        em.createQuery("update UserAccount u set u.failedLogins = :failures, u.lockedUntil = :lockedUntil where u.id = :id")
                .setParameter("failures", failures)
                .setParameter("lockedUntil", lockedUntil)
                .setParameter("id", user.getId())
                .executeUpdate();
        accessLog.record(user.getUsername(), AccessAction.SIGN_IN_FAILED, "user", user.getId(),
                lockedUntil == null ? "wrong password" : "wrong password, account locked");
    }

    private UserAccount find(String username) {
        if (username == null || username.isBlank() || username.length() > UserAccount.MAX_USERNAME) {
            return null;
        }
        return users.find(username.strip()).orElse(null);
    }
}
