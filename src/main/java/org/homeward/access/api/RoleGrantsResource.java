package org.homeward.access.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.access.RoleGrant;
import org.homeward.access.RoleGrantRow;
import org.homeward.access.RoleGrantService;
import org.homeward.platform.Role;
import org.homeward.platform.api.FieldParser;

/** Pending role grants: a second administrator confirms or refuses them; auditors read them all. */
@Path("/role-grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Role grants", description = "Roles that open case data or the audit trail, confirmed by a second administrator (ADMIN; AUDITOR reads)")
public class RoleGrantsResource {

    @Inject
    RoleGrantService grants;

    /** A grant in the API: whose, which role, its state, who asked and who decided, when. */
    public record RoleGrantRecord(long id, long userId, String username, String role, String state, String requestedBy,
                                  Instant requestedAt, String decidedBy, Instant decidedAt) {
        static RoleGrantRecord of(RoleGrantRow row) {
            return new RoleGrantRecord(row.id(), row.userId(), row.username(), row.role().name(), row.state().name(),
                    row.requestedBy(), row.requestedAt(), row.decidedBy(), row.decidedAt());
        }
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    @Operation(operationId = "listRoleGrants", summary = "Role grants, newest first",
            description = "Every grant of a role that opens case data or the audit trail (CASEWORKER, SUPERVISOR, "
                    + "AUDITOR, ADMIN): the user, the role, who asked and when, who confirmed or refused it and when. "
                    + "state= (PENDING, CONFIRMED, REFUSED) narrows them. 400 for an unknown state.")
    public List<RoleGrantRecord> list(@QueryParam("state") String state) {
        FieldParser parser = new FieldParser();
        RoleGrant.State wanted = parser.choice("state", RoleGrant.State.class, state);
        parser.rejectIfAnyFailed();
        return grants.list(wanted).stream().map(RoleGrantRecord::of).toList();
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "confirmRoleGrant", summary = "Confirm a pending grant: the user gets the role",
            description = "200 with the grant. 403 (naming the reason) for the administrator who asked for it and for "
                    + "the user the role is for; 409 when it was decided already or the account is deactivated; 404 "
                    + "for an unknown grant.")
    public RoleGrantRecord confirm(@PathParam("id") long id) {
        return RoleGrantRecord.of(grants.confirm(id));
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "refuseRoleGrant", summary = "Refuse a pending grant: the user does not get the role",
            description = "200 with the grant; the administrator who asked may withdraw it so. 409 when it was "
                    + "decided already; 404 for an unknown grant.")
    public RoleGrantRecord refuse(@PathParam("id") long id) {
        return RoleGrantRecord.of(grants.refuse(id));
    }
}
