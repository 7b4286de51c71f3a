package org.homeward.history.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.history.CaseHistoryService;
import org.homeward.platform.api.ApiLocale;
import org.homeward.platform.api.FieldParser;

/**
 * The full change history of a case, field by field: {@code GET /persons/{id}/changes}; an auditor's
 * break-glass reading of its values: {@code POST /persons/{id}/changes/reveal}.
 */
@Path("/persons/{id}/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The access log and the audit trail, for auditors")
public class HistoryChangesResource {

    @Inject
    CaseHistoryService histories;

    /** Why an auditor reveals the values of a case's history. */
    public record RevealRequest(String reason) {
    }

    @GET
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.AUDITOR})
    @Operation(operationId = "personChanges", summary = "Every change to the case and its parts with field-level "
            + "differences (who, when, from where, why), and who opened the record; filter by user and period (from, "
            + "to: yyyy-MM-dd)", description = "Who may call it: supervisors and auditors. Supervisors read the "
            + "values. Auditors read which fields changed: the "
            + "values of personal fields (names, dates of birth, contacts, note texts, …) are \"•••\" with type "
            + "\"hidden\" (null when the field was empty), so is the reason given for a change, and valuesHidden is "
            + "true; status, category, office, round, codes, who, when and from which address stay readable. See "
            + "revealPersonChanges.")
    public CaseHistoryService.CaseHistory changes(@PathParam("id") long id, @QueryParam("user") String user,
                                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                                  @Context HttpHeaders headers) {
        FieldParser parser = new FieldParser();
        var since = parser.date("from", from);
        var until = parser.date("to", to);
        parser.rejectIfAnyFailed();
        return histories.of(id, user, since, until, ApiLocale.of(headers));
    }

    @POST
    @Path("reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AUDITOR)
    @Operation(operationId = "revealPersonChanges", summary = "Break-glass: the case's history with the values of "
            + "personal fields, for an auditor who states why",
            description = "Body {\"reason\": \"…\"} (required, at most 400 characters; 400 naming the field "
            + "\"reason\" otherwise). The reveal is written to the access log (action HISTORY_REVEALED, the case, the "
            + "reason), where every auditor reads it. The values are in this answer only: the next GET of the history "
            + "hides them again. Filters as for personChanges.")
    public CaseHistoryService.CaseHistory reveal(@PathParam("id") long id, RevealRequest request,
                                                 @QueryParam("user") String user, @QueryParam("from") String from,
                                                 @QueryParam("to") String to, @Context HttpHeaders headers) {
        FieldParser parser = new FieldParser();
        var since = parser.date("from", from);
        var until = parser.date("to", to);
        parser.rejectIfAnyFailed();
        return histories.reveal(id, request == null ? null : request.reason(), user, since, until, ApiLocale.of(headers));
    }
}
