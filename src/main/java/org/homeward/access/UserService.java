package org.homeward.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.ChangeReason;
import org.homeward.audit.LastChange;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotFound;
import org.homeward.platform.NotPermitted;
import org.homeward.platform.Validation;
import org.homeward.platform.Role;

/**
 * User accounts: administrators create and manage them; everyone changes their own password;
 * supervisors see the staff within their record scope (to assign cases).
 */
@Stateless
public class UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    OfficeRepository offices;

    @Inject
    UserRepository users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    ChangeReason changeReason;

    @Inject
    LastChange lastChange;

    @Inject
    Clock clock;

    @Inject
    RoleChanges roleChanges;

    @Inject
    OwnSession ownSession;

    @RolesAllowed(Role.Names.ADMIN)
    public List<UserRow> list() {
        Map<Long, Set<Role>> pending = new HashMap<>();
        em.createQuery("select g from RoleGrant g where g.state = :pending", RoleGrant.class)
                .setParameter("pending", RoleGrant.State.PENDING).getResultStream()
                .forEach(g -> pending.computeIfAbsent(g.getUser().getId(), id -> EnumSet.noneOf(Role.class)).add(g.getRole()));
        return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultStream()
                .map(user -> UserRow.of(user, pending.getOrDefault(user.getId(), Set.of()))).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UserRow get(long id) {
        return row(require(id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UserRow create(UserForm form) {
        List<FieldError> errors = validation.check(form);
        if (errors.stream().noneMatch(e -> e.field().equals("username")) && findByUsername(form.getUsername()) != null) {
            errors.add(FieldError.of("username", "user.username.taken", form.getUsername()));
        }
        if (errors.stream().noneMatch(e -> e.field().equals("office")) && offices.find(form.getOffice()) == null) {
            errors.add(FieldError.of("office", "office.unknown", form.getOffice()));
        }
        PasswordPolicy.standard().check("temporaryPassword", form.getUsername(), form.getTemporaryPassword())
                .ifPresent(errors::add);
        Validation.reject(errors);
        UserAccount user = new UserAccount(form.getUsername(), form.getDisplayName(),
                offices.require("office", form.getOffice()), RoleChanges.grantedAtOnce(form.getRoles()),
                PasswordHasher.hash(form.getTemporaryPassword()), Instant.now(clock));
        changeReason.set("account created");
        em.persist(user);
        ConcurrentSave.flush(em);
        accessLog.record(currentUser.getUsername(), AccessAction.ROLES_CHANGED, "user", user.getId(),
                "roles " + RoleChanges.sorted(user.getRoles()));
        roleChanges.ask(user, form.getRoles());
        return row(user);
    }

    /** Changes name, office and roles. The username is the account's identity and never changes. */
    @RolesAllowed(Role.Names.ADMIN)
    public UserRow update(long id, UserForm form) {
        UserAccount user = require(id);
        form.setUsername(user.getUsername());
        if (isSelf(user) && !form.getRoles().equals(user.getRoles()) && !form.getRoles().equals(withPending(user))) {
            // Separation of duties: an administrator who could give themselves SUPERVISOR or AUDITOR
            // could read every case and audit their own actions.
            throw new NotPermitted(FieldError.of("roles", "user.roles.own"));
        }
        List<FieldError> errors = validation.check(form);
        if (errors.stream().noneMatch(e -> e.field().equals("office")) && offices.find(form.getOffice()) == null) {
            errors.add(FieldError.of("office", "office.unknown", form.getOffice()));
        }
        Validation.reject(errors);
        if (user.getVersion() != form.getVersion()) {
            throw lastChange.conflictOn(UserAccount.class, user.getId());
        }
        user.describe(form.getDisplayName(), offices.require("office", form.getOffice()));
        ConcurrentSave.flush(em);
        roleChanges.change(user, form.getRoles());
        return row(user);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UserRow deactivate(long id, long versionRead) {
        UserAccount user = require(id);
        if (isSelf(user)) {
            throw new InvalidInput(FieldError.of("active", "user.deactivate.self"));
        }
        checkVersion(user, versionRead);
        user.deactivate();
        ConcurrentSave.flush(em);
        accessLog.record(currentUser.getUsername(), AccessAction.ACCOUNT_DEACTIVATED, "user", user.getId(), null);
        return UserRow.of(user);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UserRow activate(long id, long versionRead) {
        UserAccount user = require(id);
        checkVersion(user, versionRead);
        user.activate();
        ConcurrentSave.flush(em);
        accessLog.record(currentUser.getUsername(), AccessAction.ACCOUNT_ACTIVATED, "user", user.getId(), null);
        return UserRow.of(user);
    }

    /** Sets a temporary password and lifts a lockout; the user must choose a new password at sign-in. */
    @RolesAllowed(Role.Names.ADMIN)
    public UserRow resetPassword(long id, String temporaryPassword) {
        UserAccount user = require(id);
        PasswordPolicy.standard().check("temporaryPassword", user.getUsername(), temporaryPassword)
                .ifPresent(error -> Validation.reject(List.of(error)));
        changeReason.set("password reset by administrator");
        user.resetPassword(PasswordHasher.hash(temporaryPassword), Instant.now(clock));
        ConcurrentSave.flush(em);
        accessLog.record(currentUser.getUsername(), AccessAction.PASSWORD_RESET, "user", user.getId(), null);
        return UserRow.of(user);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR, Role.Names.PARTNER, Role.Names.AUDITOR, Role.Names.ADMIN})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = findByUsername(currentUser.getUsername());
        if (user == null) {
            throw new NotFound("user", currentUser.getUsername());
        }
        List<FieldError> errors = new ArrayList<>();
        if (!PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            errors.add(FieldError.of("currentPassword", "password.currentWrong"));
        }
        PasswordPolicy.standard().check("newPassword", user.getUsername(), newPassword).ifPresent(errors::add);
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.add(FieldError.of("newPassword", "password.unchanged"));
        }
        Validation.reject(errors);
        changeReason.set("password changed by its owner");
        user.changePassword(PasswordHasher.hash(newPassword), Instant.now(clock));
        ConcurrentSave.flush(em);
        ownSession.keep(user);
        accessLog.record(user.getUsername(), AccessAction.PASSWORD_CHANGED, "user", user.getId(), null);
    }

    /** The signed-in user's own account. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR, Role.Names.PARTNER, Role.Names.AUDITOR, Role.Names.ADMIN})
    public UserRow me() {
        UserAccount user = findByUsername(currentUser.getUsername());
        if (user == null) {
            throw new NotFound("user", currentUser.getUsername());
        }
        return UserRow.of(user);
    }

    /**
     * The staff a supervisor works with: the accounts their record scope reaches (their office; every
     * office for the head office). Accounts are never restricted records.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<UserRow> staff() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> query = cb.createQuery(UserAccount.class);
        Root<UserAccount> user = query.from(UserAccount.class);
        Join<UserAccount, Office> office = user.join("office");
        query.select(user)
                .where(currentUser.scope().predicate(cb, office.get("code"), user.get("username"), cb.literal(false)))
                .orderBy(cb.asc(office.get("code")), cb.asc(user.get("username")));
        return em.createQuery(query).getResultStream().map(UserRow::of).toList();
    }

    /**
     * Whom a case of this office may be assigned to: its active caseworkers and supervisors, by name. Only
     * the office's own staff, so a case is never handed to someone who could not follow it there.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public List<UserRow> assignees(String officeCode) {
        return em.createQuery("select u from UserAccount u join fetch u.office o where o.code = :office "
                        + "and u.active = true order by u.displayName, u.username", UserAccount.class)
                .setParameter("office", officeCode)
                .getResultStream().filter(UserAccount::mayHandleCases).map(UserRow::of).toList();
    }

    private UserAccount require(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new NotFound("user", id);
        }
        return user;
    }

    private UserRow row(UserAccount user) {
        return UserRow.of(user, pendingRoles(user));
    }

    private Set<Role> pendingRoles(UserAccount user) {
        return em.createQuery("select g.role from RoleGrant g where g.user = :user and g.state = :pending", Role.class)
                .setParameter("user", user).setParameter("pending", RoleGrant.State.PENDING)
                .getResultStream().collect(Collectors.toSet());
    }

    /** The roles the user holds and those asked for them: what the edit page shows ticked. */
    private Set<Role> withPending(UserAccount user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(user.getRoles());
        roles.addAll(pendingRoles(user));
        return roles;
    }

    private void checkVersion(UserAccount user, long versionRead) {
        if (user.getVersion() != versionRead) {
            throw lastChange.conflictOn(UserAccount.class, user.getId());
        }
    }

    private boolean isSelf(UserAccount user) {
        return user.getUsername().equals(currentUser.getUsername());
    }

    private UserAccount findByUsername(String username) {
        return users.find(username).orElse(null);
    }

}
