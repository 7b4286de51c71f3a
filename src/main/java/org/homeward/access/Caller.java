package org.homeward.access;

import java.util.Set;
import org.homeward.platform.Role;

/** A user who proved who they are: what the container needs to know to let them in. */
public record Caller(String username, Set<String> roles, boolean mustChangePassword, long sessionEpoch) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    static Caller of(UserAccount user) {
        return new Caller(user.getUsername(),
                user.getRoles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()),
                user.isMustChangePassword(), user.getSessionEpoch());
    }
}
