package org.homeward.audit.api;

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
            + " NOT_SEALED, KEY_MISSING), or is null when both chains are intact")
    public Verification verify() {
        return chain.verify();
    }
}
