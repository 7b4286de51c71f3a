package org.homeward.workflow.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.workflow.MyWork;

/**
 * The signed-in caseworker's own work: cases assigned to them, their open tasks, and their requests for
 * a supervisor's approval with what became of them.
 */
@Path("/my-work")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
public class MyWorkResource {

    @Inject
    MyWork myWork;

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: caseworkers and supervisors.", operationId = "myWork",
            summary = "My cases, my open follow-up tasks (overdue ones marked), and the status "
            + "moves I asked a supervisor to approve, newest first, each pending, approved, declined (with the reason) "
            + "or stale (the case moved meanwhile)")
    public MyWork.Summary get() {
        return myWork.summary();
    }
}
