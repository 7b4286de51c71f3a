package org.homeward.history.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

/** The full change history of a case, field by field: {@code GET /persons/{id}/changes}. */
@Path("/persons/{id}/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The access log and the audit trail, for auditors")
public class HistoryChangesResource {

    @Inject
    CaseHistoryService histories;

    @GET
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.AUDITOR})
    @Operation(operationId = "listHistoryChanges", description = "Who may call it: supervisors and auditors.",
            summary = "Every change to the case and its parts with field-level differences (who, when, why), and who "
            + "opened the record; filter by user and period (from, to: yyyy-MM-dd)")
    public CaseHistoryService.CaseHistory changes(@PathParam("id") long id, @QueryParam("user") String user,
                                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                                  @Context HttpHeaders headers) {
        FieldParser parser = new FieldParser();
        var since = parser.date("from", from);
        var until = parser.date("to", to);
        parser.rejectIfAnyFailed();
        return histories.of(id, user, since, until, ApiLocale.of(headers));
    }
}
