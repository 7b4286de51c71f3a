package org.homeward.access.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.access.UserService;

/** Accounts, for administrators' scripts (the same rules as the administration pages). */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Accounts and roles (ADMIN)")
public class UsersResource {

    @Inject
    UserService users;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "listUsers", description = "Who may call it: administrators.", summary = "All accounts")
    public List<UserRecord> list() {
        return users.list().stream().map(UserRecord::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "getUser", description = "Who may call it: administrators.", summary = "One account")
    public UserRecord get(@PathParam("id") long id) {
        return UserRecord.of(users.get(id));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "createUser",
            summary = "Create an account with a temporary password that must be changed at first sign-in",
            description = "Who may call it: administrators. PARTNER is granted at once; CASEWORKER, SUPERVISOR, AUDITOR and ADMIN become pending role "
                    + "grants (pendingRoles) that a second administrator confirms (see /role-grants).")
    public Response create(UserRequest request) {
        UserRecord created = UserRecord.of(users.create(body(request).toForm()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "updateUser",
            summary = "Change display name, office and roles; send the version read (409 when it changed)",
            description = "Who may call it: administrators. Removing a role and granting PARTNER take effect at once; CASEWORKER, SUPERVISOR, AUDITOR "
                    + "and ADMIN become pending role grants that a second administrator confirms (a role already "
                    + "pending stays one grant). 403 naming the field roles when the caller changes their own roles.")
    public UserRecord update(@PathParam("id") long id, UserRequest request) {
        return UserRecord.of(users.update(id, body(request).toForm()));
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "deactivateUser", description = "Who may call it: administrators.",
            summary = "Deactivate an account: it can no longer sign in")
    public UserRecord deactivate(@PathParam("id") long id, VersionRequest request) {
        return UserRecord.of(users.deactivate(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "activateUser", description = "Who may call it: administrators.",
            summary = "Activate an account again")
    public UserRecord activate(@PathParam("id") long id, VersionRequest request) {
        return UserRecord.of(users.activate(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/password-reset")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "resetUserPassword", description = "Who may call it: administrators.",
            summary = "Set a temporary password (lifts a lockout; must be changed at next sign-in)")
    public UserRecord resetPassword(@PathParam("id") long id, PasswordResetRequest request) {
        return UserRecord.of(users.resetPassword(id, request == null ? null : request.temporaryPassword()));
    }

    private static UserRequest body(UserRequest request) {
        return request == null ? new UserRequest(null, null, null, null, null, null) : request;
    }

    public record VersionRequest(Long version) {
        static long of(VersionRequest request) {
            return request == null || request.version() == null ? -1 : request.version();
        }
    }

    public record PasswordResetRequest(String temporaryPassword) {
    }
}
