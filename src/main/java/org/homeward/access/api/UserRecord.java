package org.homeward.access.api;

import java.time.Instant;
import java.util.List;
import org.homeward.platform.Role;
import org.homeward.access.UserRow;

/** An account in the API; {@code pendingRoles} wait for a second administrator's confirmation. */
public record UserRecord(long id, String username, String displayName, String office, List<String> roles,
                       boolean active, boolean mustChangePassword, Instant lastLoginAt, Instant lockedUntil,
                       long version, List<String> pendingRoles) {

    static UserRecord of(UserRow user) {
        return new UserRecord(user.id(), user.username(), user.displayName(), user.officeCode(),
                user.roles().stream().map(Role::name).sorted().toList(), user.active(), user.mustChangePassword(),
                user.lastLoginAt(), user.lockedUntil(), user.version(),
                user.pendingRoles().stream().map(Role::name).sorted().toList());
    }
}
