package org.homeward.access.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.access.UserService;

/** The staff within a supervisor's record scope, e.g. to choose whom to assign a case to. */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "Accounts within the supervisor's record scope")
public class StaffResource {

    @Inject
    UserService users;

    @GET
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(operationId = "listStaff", description = "Who may call it: supervisors.",
            summary = "The accounts of my office (all offices for the head office)")
    public List<UserRecord> staff() {
        return users.staff().stream().map(UserRecord::of).toList();
    }
}
