package org.homeward.access.api;

import java.time.Instant;
import java.util.List;
import org.homeward.access.Role;
import org.homeward.access.UserSummary;

/** An account in the API. */
public record UserView(long id, String username, String displayName, String office, List<String> roles,
                       boolean active, boolean mustChangePassword, Instant lastLoginAt, Instant lockedUntil,
                       long version) {

    static UserView of(UserSummary user) {
        return new UserView(user.id(), user.username(), user.displayName(), user.officeCode(),
                user.roles().stream().map(Role::name).sorted().toList(), user.active(), user.mustChangePassword(),
                user.lastLoginAt(), user.lockedUntil(), user.version());
    }
}
