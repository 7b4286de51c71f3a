package org.homeward.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.homeward.platform.Role;

/** An account as pages and the API show it: never the password hash. */
public record UserRow(long id, String username, String displayName, String officeCode, String officeName,
                          Set<Role> roles, boolean active, boolean mustChangePassword, Instant lastLoginAt,
                          Instant lockedUntil, boolean locked, long version, Set<Role> pendingRoles) implements Serializable {

    static UserRow of(UserAccount user) {
        return of(user, Set.of());
    }

    /** With the roles waiting for a second administrator's confirmation. */
    static UserRow of(UserAccount user, Set<Role> pendingRoles) {
        return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getOffice().getCode(),
                user.getOffice().getName(), Set.copyOf(user.getRoles()), user.isActive(), user.isMustChangePassword(),
                user.getLastLoginAt(), user.getLockedUntil(), user.isLockedAt(Instant.now()), user.getVersion(),
                Set.copyOf(pendingRoles));
    }
}
