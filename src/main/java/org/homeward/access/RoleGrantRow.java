package org.homeward.access;

import java.io.Serializable;
import java.time.Instant;
import org.homeward.platform.Role;

/** A role grant as pages and the API show it: whose, which role, who asked and who decided, when. */
public record RoleGrantRow(long id, long userId, String username, Role role, RoleGrant.State state,
                           String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt) implements Serializable {

    static RoleGrantRow of(RoleGrant grant) {
        return new RoleGrantRow(grant.getId(), grant.getUser().getId(), grant.getUser().getUsername(), grant.getRole(),
                grant.getState(), grant.getRequestedBy(), grant.getRequestedAt(), grant.getDecidedBy(),
                grant.getDecidedAt());
    }
}
