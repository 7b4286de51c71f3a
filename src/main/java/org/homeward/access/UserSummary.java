package org.homeward.access;

import java.time.Instant;
import java.util.Set;

/** An account as pages and the API show it: never the password hash. */
public record UserSummary(long id, String username, String displayName, String officeCode, String officeName,
                          Set<Role> roles, boolean active, boolean mustChangePassword, Instant lastLoginAt,
                          Instant lockedUntil, boolean locked, long version) {

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getOffice().getCode(),
                user.getOffice().getName(), Set.copyOf(user.getRoles()), user.isActive(), user.isMustChangePassword(),
                user.getLastLoginAt(), user.getLockedUntil(), user.isLockedAt(Instant.now()), user.getVersion());
    }
}
