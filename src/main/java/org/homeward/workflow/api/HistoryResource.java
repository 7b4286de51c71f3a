package org.homeward.workflow.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.platform.api.ApiLocale;
import org.homeward.workflow.StatusChangeRecord;
import org.homeward.workflow.WorkflowService;

/** The status history of a person (API contract v1): {@code GET /persons/{id}/history}. */
@Path("/persons/{id}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow", description = "Repatriation status of a person")
public class HistoryResource {

    @Inject
    WorkflowService workflow;

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "getStatusHistory", description = "Who may call it: caseworkers and supervisors.",
            summary = "Every status change of the person, newest first: from, to, who, when, reason (the reasons "
            + "the system gave in the language of Accept-Language, English or Ukrainian), evidence, round")
    public List<StatusChangeRecord> history(@PathParam("id") long id, @Context HttpHeaders headers) {
        return workflow.history(id, ApiLocale.of(headers));
    }
}
