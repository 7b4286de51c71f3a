package org.homeward.history.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.audit.AccessAction;
import org.homeward.history.AuditSearch;
import org.homeward.platform.api.FieldParser;

/** The access log searched and downloaded as CSV, for auditors' own tools: {@code GET /audit/access-log.csv}. */
@Path("/audit/access-log.csv")
@RequestScoped
@Tag(name = "Audit", description = "The access log and the audit trail, for auditors")
public class AuditExportResource {

    @Inject
    AuditSearch search;

    @GET
    // JSON too: a client that asks for JSON gets its errors (400, 403) in JSON like everywhere else.
    @Produces({"text/csv", "application/json"})
    @RolesAllowed(Role.Names.AUDITOR)
    @Operation(operationId = "exportAccessLog", description = "Who may call it: auditors.",
            summary = "Access-log entries (newest first, at most 1,000) by user, action, case number and period "
            + "(from, to: yyyy-MM-dd), as CSV; the export itself is logged")
    public Response export(@QueryParam("user") String user, @QueryParam("action") String action,
                           @QueryParam("case") String caseNumber, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        FieldParser parser = new FieldParser();
        AccessAction wanted = parser.choice("action", AccessAction.class, action);
        var since = parser.date("from", from);
        var until = parser.date("to", to);
        parser.rejectIfAnyFailed();
        String csv = search.accessLogCsv(new AuditSearch.Filters(user, wanted, caseNumber, since, until));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"homeward-access-log.csv\"").build();
    }
}
