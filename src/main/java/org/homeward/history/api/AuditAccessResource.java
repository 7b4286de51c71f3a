package org.homeward.history.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.history.CaseHistoryService;
import org.homeward.platform.FieldError;
import org.homeward.platform.Validation;

/** Who opened a record (API contract v1, for auditors): {@code GET /audit/access?person={id}}. */
@Path("/audit/access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The access log and the audit trail, for auditors")
public class AuditAccessResource {

    @Inject
    CaseHistoryService histories;

    @GET
    @RolesAllowed(Role.Names.AUDITOR)
    @Operation(operationId = "listRecordOpenings", description = "Who may call it: auditors.",
            summary = "Who opened the person's full record (page or API), and when, newest first")
    public List<CaseHistoryService.Opening> openings(@QueryParam("person") Long person) {
        if (person == null) {
            Validation.reject(List.of(FieldError.of("person", "audit.person.required")));
        }
        return histories.openings(person);
    }
}
