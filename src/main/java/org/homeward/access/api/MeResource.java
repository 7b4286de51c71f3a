package org.homeward.access.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.access.UserService;

/** The caller's own account. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user's own account")
public class MeResource {

    @Inject
    UserService users;

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR, Role.Names.PARTNER, Role.Names.AUDITOR, Role.Names.ADMIN})
    @Operation(operationId = "getOwnAccount", description = "Who may call it: every signed-in user.",
            summary = "Who am I: username, office, roles")
    public UserRecord me() {
        return UserRecord.of(users.me());
    }

    @PUT
    @Path("password")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR, Role.Names.PARTNER, Role.Names.AUDITOR, Role.Names.ADMIN})
    @Operation(operationId = "changeOwnPassword", description = "Who may call it: every signed-in user.",
            summary = "Change my password (at least 12 characters, not a common password, not the username)")
    public void changePassword(PasswordChange change) {
        users.changeOwnPassword(change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }
}
