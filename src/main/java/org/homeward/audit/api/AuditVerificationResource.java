package org.homeward.audit.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Role;
import org.homeward.audit.AuditChain;
import org.homeward.audit.Verification;

/** The check of the audit trail and the access log (API contract v1): {@code GET /audit/verify}. */
@Path("/audit/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Tamper evidence of the audit trail and the access log")
public class AuditVerificationResource {

    @Inject
    AuditChain chain;

    @GET
    @RolesAllowed(Role.Names.AUDITOR)
    @Operation(operationId = "verifyAuditTrail", description = "Who may call it: auditors.",
            summary = "Seals what is waiting, then recomputes every seal of the revision and access chains:"
            + " {intact, checked, firstBroken}, where firstBroken names the chain (revisions or access), the"
            + " position in it, the row's id and the problem (CONTENT_CHANGED, SEAL_ALTERED, ROW_DELETED,"
            + " NOT_SEALED, BEHIND_ANCHOR, KEY_MISSING), or is null when both chains are intact. With anchors"
            + " (heads written outside the database at each seal), a chain cut back to an earlier head is"
            + " BEHIND_ANCHOR")
    public Verification verify(
            @Parameter(description = "A chain head written outside the database, as chain:position:seal"
                    + " (a line of the anchor file without its time); may be repeated")
            @QueryParam("anchor") List<String> anchors,
            @Parameter(description = "file: also hold each chain against its furthest head in this server's"
                    + " anchor file (HOMEWARD_AUDIT_ANCHOR_FILE)")
            @QueryParam("anchors") String source) {
        if (source != null && !source.equals("file")) {
            throw new InvalidInput(FieldError.of("anchors", "audit.anchors.invalid"));
        }
        return chain.verify(anchors == null ? List.of() : anchors, "file".equals(source));
    }
}
