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
import org.homeward.platform.ClientAddress;
import org.homeward.platform.Counters;
import org.homeward.platform.Counters.Counted;

/**
 * Checks who is signing in. Every attempt is on file. Failures slow down their client address first
 * (SignInThrottle); fifty failures in a row, which takes many addresses, lock the account for fifteen
 * minutes, and the lock is in the access log and on the administrators' users page. Both live in the
 * database, so they hold on every server node. Whatever the reason for a refusal (unknown user, wrong
 * password, locked, deactivated), the caller learns only that it was refused.
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

    @Inject
    ClientAddress clientAddress;

    @Inject
    Counters counters;

    @Inject
    SignInThrottles throttles;

    /**
     * A person signing in on the sign-in page: always checked in full and always on file.
     *
     * @throws TooManyAttempts when the client's address must wait before trying again
     */
    @PermitAll
    public Optional<Caller> attempt(String username, String password) {
        return check(clientAddress.value(), username, password, false);
    }

    /**
     * An API request's HTTP Basic credentials. Credentials verified in the last minutes are accepted
     * without another full check and without another sign-in entry: a script's requests are one
     * sign-in, not thousands.
     *
     * @throws TooManyAttempts when the client's address must wait before trying again
     */
    @PermitAll
    public Optional<Caller> attemptApiCall(String username, String password) {
        return check(clientAddress.value(), username, password, true);
    }

    /** A sign-in from the given client address; for callers that know it better than the request does. */
    @PermitAll
    public Optional<Caller> attemptFrom(String address, String username, String password) {
        return check(address, username, password, false);
    }

    /**
     * Every refusal is counted for the operators (homeward_sign_ins_failed_total), whatever its reason; an
     * attempt the throttle refuses before any check apart (homeward_sign_ins_throttled_total).
     */
    private Optional<Caller> check(String address, String username, String password, boolean mayUseRecentCheck) {
        Optional<Caller> caller;
        try {
            caller = verify(address, username, password, mayUseRecentCheck);
        } catch (TooManyAttempts refused) {
            counters.count(Counted.SIGN_IN_THROTTLED);
            throw refused;
        }
        if (caller.isEmpty()) {
            counters.count(Counted.SIGN_IN_FAILED);
        }
        return caller;
    }

    private Optional<Caller> verify(String address, String username, String password, boolean mayUseRecentCheck) {
        Instant now = Instant.now(clock);
        UserAccount user = find(username);
        if (user != null && mayUseRecentCheck && password != null && !user.isLockedAt(now)
                && verifiedCredentials.recentlyVerified(user.getUsername(), password, user.getPasswordHash(), now)) {
            // The same credentials passed a full check minutes ago: an API script's next request, not a
            // new sign-in. Failures counted against the account since are void: its owner is at work.
            if (user.getFailedLogins() > 0) {
                resetFailures(user);
            }
            return user.isActive() ? Optional.of(Caller.of(user)) : Optional.empty();
        }
        SignInThrottle throttle = address == null ? null : em.find(SignInThrottle.class, address);
        if (throttle != null && throttle.secondsToWaitAt(now) > 0) {
            throw new TooManyAttempts(throttle.secondsToWaitAt(now));
        }
        if (user == null) {
            PasswordHasher.spendTimeOfOneCheck(password);
            accessLog.record(username, AccessAction.SIGN_IN_FAILED, null, null, "unknown user");
            addressFailed(address, now);
            return Optional.empty();
        }
        // Row lock: concurrent attempts on several nodes count one after the other.
        em.lock(user, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(user);
        if (user.isLockedAt(now)) {
            PasswordHasher.spendTimeOfOneCheck(password);
            accessLog.record(user.getUsername(), AccessAction.SIGN_IN_FAILED, "user", user.getId(), "locked");
            addressFailed(address, now);
            return Optional.empty();
        }
        if (!PasswordHasher.matches(password, user.getPasswordHash())) {
            recordFailure(user, now);
            addressFailed(address, now);
            return Optional.empty();
        }
        if (!user.isActive()) {
            accessLog.record(user.getUsername(), AccessAction.SIGN_IN_FAILED, "user", user.getId(), "deactivated");
            return Optional.empty();
        }
        if (PasswordHasher.needsUpgrade(user.getPasswordHash())) {
            // The one moment the password is known: replace an older hash (bcrypt) by the current one.
            // A bulk update: the version stays, so no administrator's open edit of the account conflicts.
            em.createQuery("update UserAccount u set u.passwordHash = :hash where u.id = :id")
                    .setParameter("hash", PasswordHasher.hash(password))
                    .setParameter("id", user.getId())
                    .executeUpdate();
        }
        if (throttle != null) {
            em.remove(throttle);
        }
        verifiedCredentials.remember(user.getUsername(), password, user.getPasswordHash(), now);
        em.createNamedQuery("UserAccount.recordSignIn")
                .setParameter("now", now)
                .setParameter("id", user.getId())
                .executeUpdate();
        accessLog.record(user.getUsername(), AccessAction.SIGN_IN, "user", user.getId(), null);
        return Optional.of(Caller.of(user));
    }

    /**
     * The signed-in user of a web session, as they are now. The session ends when the user was
     * deactivated, or their password or roles changed since it began (another session epoch).
     */
    @PermitAll
    public Optional<Caller> resume(String username, Long sessionEpoch) {
        UserAccount user = find(username);
        if (user == null || !user.isActive() || sessionEpoch == null || sessionEpoch != user.getSessionEpoch()) {
            return Optional.empty();
        }
        return Optional.of(Caller.of(user));
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
        if (lockedUntil != null) {
            accessLog.record(user.getUsername(), AccessAction.ACCOUNT_LOCKED, "user", user.getId(),
                    failures + " failed sign-ins in a row; locked until " + lockedUntil);
        }
    }

    private void resetFailures(UserAccount user) {
        em.createQuery("update UserAccount u set u.failedLogins = 0 where u.id = :id and u.lockedUntil is null")
                .setParameter("id", user.getId())
                .executeUpdate();
    }

    private void addressFailed(String address, Instant now) {
        if (address == null) {
            return;
        }
        // Make sure the row is there (see SignInThrottles), then count under its lock, one writer after
        // the other on every node.
        throttles.ensureRow(address, now);
        SignInThrottle throttle = em.find(SignInThrottle.class, address);
        em.refresh(throttle, LockModeType.PESSIMISTIC_WRITE);
        throttle.failedAt(now);
    }

    private UserAccount find(String username) {
        if (username == null || username.isBlank() || username.length() > UserAccount.MAX_USERNAME) {
            return null;
        }
        return users.find(username.strip()).orElse(null);
    }
}
