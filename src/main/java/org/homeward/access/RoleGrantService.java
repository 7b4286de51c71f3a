package org.homeward.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.ChangeReason;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.Conflict;
import org.homeward.platform.FieldError;
import org.homeward.platform.NotFound;
import org.homeward.platform.NotPermitted;
import org.homeward.platform.Role;

/**
 * Pending role grants and their decision by a second administrator: never the one who asked, never
 * the user the role is for. Auditors read every grant, who asked and who decided.
 */
@Stateless
public class RoleGrantService {

    /** The most grants one list shows, newest first. */
    static final int LIST_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RoleChanges roleChanges;

    @Inject
    AccessLog accessLog;

    @Inject
    ChangeReason changeReason;

    @Inject
    Clock clock;

    /** The grants in {@code state} (every state when null), newest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<RoleGrantRow> list(RoleGrant.State state) {
        TypedQuery<RoleGrant> query = em.createQuery("select g from RoleGrant g join fetch g.user "
                + (state == null ? "" : "where g.state = :state ") + "order by g.requestedAt desc, g.id desc", RoleGrant.class);
        if (state != null) {
            query.setParameter("state", state);
        }
        List<RoleGrantRow> found = query.setMaxResults(LIST_LIMIT).getResultStream().map(RoleGrantRow::of).toList();
        if (currentUser.hasRole(Role.AUDITOR)) {
            accessLog.record(currentUser.getUsername(), AccessAction.AUDIT_SEARCHED, "role_grant", null,
                    "role grants state=" + state + " -> " + found.size());
        }
        return found;
    }

    /** The user gets the role. Refused for the administrator who asked, for the user themselves, for a deactivated user. */
    @RolesAllowed(Role.Names.ADMIN)
    public RoleGrantRow confirm(long id) {
        RoleGrant grant = decidable(id);
        UserAccount user = grant.getUser();
        if (user.getUsername().equals(currentUser.getUsername())) {
            throw new NotPermitted(FieldError.of("user", "user.roles.own"));
        }
        if (grant.getRequestedBy().equals(currentUser.getUsername())) {
            throw new NotPermitted(FieldError.of("requestedBy", "roleGrant.ownRequest"));
        }
        if (!user.isActive()) {
            throw Conflict.because("roleGrant.inactive", user.getUsername());
        }
        ConcurrentSave.lock(em, user);
        changeReason.set("role " + grant.getRole() + " confirmed");
        grant.decide(RoleGrant.State.CONFIRMED, currentUser.getUsername(), Instant.now(clock));
        EnumSet<Role> roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        roles.add(grant.getRole());
        roleChanges.apply(user, roles);
        return RoleGrantRow.of(grant);
    }

    /** The grant is closed without the role being given (the administrator who asked may withdraw it so). */
    @RolesAllowed(Role.Names.ADMIN)
    public RoleGrantRow refuse(long id) {
        RoleGrant grant = decidable(id);
        changeReason.set("role " + grant.getRole() + " refused");
        grant.decide(RoleGrant.State.REFUSED, currentUser.getUsername(), Instant.now(clock));
        ConcurrentSave.flush(em);
        accessLog.record(currentUser.getUsername(), AccessAction.ROLES_CHANGED, "user", grant.getUser().getId(),
                "grant of " + grant.getRole() + " refused");
        return RoleGrantRow.of(grant);
    }

    private RoleGrant decidable(long id) {
        RoleGrant grant = em.find(RoleGrant.class, id);
        if (grant == null) {
            throw new NotFound("role grant", id);
        }
        ConcurrentSave.lock(em, grant);
        if (grant.getState() != RoleGrant.State.PENDING) {
            throw Conflict.because("roleGrant.decided." + grant.getState().name(), grant.getDecidedBy());
        }
        return grant;
    }
}
