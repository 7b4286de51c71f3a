package org.homeward.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.homeward.platform.Role;

/**
 * The user of the current request: name, office, roles and record scope. Services ask it whose data
 * may be shown; pages ask it what to offer.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Principal principal;

    @Inject
    UserRepository users;

    @PersistenceContext
    EntityManager em;

    private Snapshot snapshot;

    private record Snapshot(Long userId, String username, String displayName, Long officeId, String officeCode,
                            String officeName, boolean headOffice, Set<Role> roles) {
    }

    private Snapshot snapshot() {
        if (snapshot == null) {
            String name = principal == null ? null : principal.getName();
            UserAccount user = name == null ? null
                    : users.find(name).orElse(null);
            snapshot = user == null
                    ? new Snapshot(null, null, null, null, null, null, false, EnumSet.noneOf(Role.class))
                    : new Snapshot(user.getId(), user.getUsername(), user.getDisplayName(), user.getOffice().getId(),
                            user.getOffice().getCode(),
                            user.getOffice().getName(), user.getOffice().isHeadOffice(),
                            user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles()));
        }
        return snapshot;
    }

    public boolean isSignedIn() {
        return snapshot().username() != null;
    }

    public String getUsername() {
        return snapshot().username();
    }

    public Long getUserId() {
        return snapshot().userId();
    }

    public Long getOfficeId() {
        return snapshot().officeId();
    }

    public String getDisplayName() {
        return snapshot().displayName();
    }

    public String getOfficeCode() {
        return snapshot().officeCode();
    }

    public String getOfficeName() {
        return snapshot().officeName();
    }

    public Set<Role> getRoles() {
        return snapshot().roles();
    }

    public boolean hasRole(Role role) {
        return snapshot().roles().contains(role);
    }

    /** For pages: {@code #{currentUser.is('ADMIN')}}. */
    public boolean is(String role) {
        return hasRole(Role.valueOf(role));
    }

    public RecordScope scope() {
        Snapshot s = snapshot();
        if (s.username() == null) {
            return RecordScope.of("", null, false, EnumSet.noneOf(Role.class));
        }
        return RecordScope.of(s.username(), s.officeCode(), s.headOffice(), s.roles());
    }
}
