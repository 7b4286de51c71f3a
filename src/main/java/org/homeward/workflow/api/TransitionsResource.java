package org.homeward.workflow.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.person.RepatriationStatus;
import org.homeward.platform.api.FieldParser;
import org.homeward.workflow.ClosingReason;
import org.homeward.workflow.Transition;
import org.homeward.workflow.WorkflowService;

/** Status changes by hand (API contract v1): {@code POST /persons/{id}/transitions}. */
@Path("/persons/{id}/transitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow", description = "Repatriation status of a person")
public class TransitionsResource {

    @Inject
    WorkflowService workflow;

    /** {@code {"to":"LOCATED","reason":"…","closingReason":"DUPLICATE","sourceId":12,"version":3}}; only {@code to} is always required. */
    public record TransitionRequest(String to, String reason, String closingReason, Long sourceId, Long version) {
    }

    @POST
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: caseworkers and supervisors.", operationId = "transitionPerson",
            summary = "Move the person to another status: 201 with the history entry; "
            + "202 with the request for approval when a caseworker asks for a move that needs a supervisor (nothing "
            + "changes until a supervisor approves it, see /approvals); 400 when the move does not exist, is one only "
            + "an exchange round makes, or lacks its reason; 409 when the record changed since the version given or "
            + "already has a request waiting")
    public Response transition(@PathParam("id") long id, TransitionRequest request) {
        TransitionRequest body = request == null ? new TransitionRequest(null, null, null, null, null) : request;
        FieldParser parser = new FieldParser();
        RepatriationStatus to = parser.choice("to", RepatriationStatus.class, body.to());
        ClosingReason closing = parser.choice("closingReason", ClosingReason.class, body.closingReason());
        parser.rejectIfAnyFailed();
        WorkflowService.TransitionOutcome outcome = workflow.transition(id,
                new Transition(to, body.reason(), closing, body.sourceId(), body.version()));
        return outcome.pending() ? Response.status(Response.Status.ACCEPTED).entity(outcome.approval()).build()
                : Response.status(Response.Status.CREATED).entity(outcome.change()).build();
    }
}
