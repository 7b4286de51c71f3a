package org.homeward.access;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.Conflict;
import org.homeward.platform.Role;

/**
 * How a user's roles change (separation of duties): removing a role and granting PARTNER take effect at
 * once; a role that opens case data or the audit trail becomes a pending {@link RoleGrant} that a second
 * administrator confirms. Every change of the roles a user holds goes through {@link #apply}, so that
 * whatever must follow such a change is written there once. Runs inside the callers' transactions.
 */
@Dependent
public class RoleChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** The roles a new account holds from the start: those that need no second administrator. */
    static Set<Role> grantedAtOnce(Set<Role> asked) {
        EnumSet<Role> atOnce = EnumSet.noneOf(Role.class);
        asked.stream().filter(role -> !RoleGrant.needsConfirmation(role)).forEach(atOnce::add);
        return atOnce;
    }

    /**
     * Makes {@code wanted} the user's roles as far as one administrator may: removals and PARTNER now, the
     * other roles asked for as pending grants (a role already pending stays one grant).
     */
    void change(UserAccount user, Set<Role> wanted) {
        EnumSet<Role> now = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        now.retainAll(wanted);
        now.addAll(grantedAtOnce(wanted));
        if (!now.equals(user.getRoles())) {
            apply(user, now);
        }
        ask(user, wanted);
    }

    /** Asks for a grant of each role in {@code wanted} that the user lacks and that needs confirmation. */
    void ask(UserAccount user, Set<Role> wanted) {
        for (Role role : wanted) {
            if (RoleGrant.needsConfirmation(role) && !user.hasRole(role) && pending(user, role).isEmpty()) {
                em.persist(new RoleGrant(user, role, currentUser.getUsername(), Instant.now(clock)));
                accessLog.record(currentUser.getUsername(), AccessAction.ROLES_CHANGED, "user", user.getId(),
                        "grant of " + role + " asked");
            }
        }
        try {
            em.flush();
        } catch (PersistenceException clash) {
            // Another administrator asked for the same role at the same moment: the unique open key kept one.
            throw Conflict.because("roleGrant.askedJustNow");
        }
    }

    List<RoleGrant> pending(UserAccount user, Role role) {
        return em.createNamedQuery("RoleGrant.pendingOf", RoleGrant.class)
                .setParameter("openKey", RoleGrant.openKey(user, role)).getResultList();
    }

    /** The one place where the roles a user holds change. */
    void apply(UserAccount user, Set<Role> roles) {
        List<String> before = sorted(user.getRoles());
        user.assignRoles(roles);
        ConcurrentSave.flush(em);
        accessLog.record(currentUser.getUsername(), AccessAction.ROLES_CHANGED, "user", user.getId(),
                "roles " + before + " -> " + sorted(user.getRoles()));
    }

    static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
