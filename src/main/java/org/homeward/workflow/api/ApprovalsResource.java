package org.homeward.workflow.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.platform.api.FieldParser;
import org.homeward.workflow.ApprovalDecision;
import org.homeward.workflow.ApprovalService;
import org.homeward.workflow.ApprovalState;
import org.homeward.workflow.ApprovalRecord;

/**
 * Requests for a supervisor's approval of a caseworker's status move: {@code GET /approvals} and
 * {@code POST /approvals/{id}} with the decision. A caseworker's move that needs a supervisor, sent to
 * {@code POST /persons/{id}/transitions}, is answered 202 with the request it made.
 */
@Path("/approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow", description = "Repatriation status of a person")
public class ApprovalsResource {

    @Inject
    ApprovalService approvals;

    /** {@code {"decision":"APPROVE"|"DECLINE","reason":"…"}}; the reason is required to decline. */
    public record DecisionRequest(String decision, String reason) {
    }

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: caseworkers and supervisors.", operationId = "listApprovals",
            summary = "A supervisor's inbox: the requests on the cases of their record "
            + "scope, oldest first, pending ones unless state= says otherwise. A caseworker: their own requests, "
            + "newest first, in any state unless state= (PENDING, APPROVED, DECLINED, STALE) narrows them")
    public List<ApprovalRecord> list(@QueryParam("state") String state) {
        FieldParser parser = new FieldParser();
        ApprovalState wanted = parser.choice("state", ApprovalState.class, state);
        parser.rejectIfAnyFailed();
        return approvals.list(wanted);
    }

    @POST
    @Path("/{id}")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "decideApproval",
            summary = "Approve (the move is made, with the requester and the approver "
            + "in the history) or decline (reason required) a pending request: 200 with the request; 403 outside the "
            + "supervisor's record scope; 409 when it was decided already or closed as stale because the case moved")
    public ApprovalRecord decide(@PathParam("id") long id, DecisionRequest request) {
        DecisionRequest body = request == null ? new DecisionRequest(null, null) : request;
        FieldParser parser = new FieldParser();
        ApprovalDecision decision = parser.choice("decision", ApprovalDecision.class, body.decision());
        parser.rejectIfAnyFailed();
        return approvals.decide(id, decision, body.reason());
    }
}
