package org.homeward.export.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.export.AgreementRecord;
import org.homeward.export.ExportFile;
import org.homeward.export.ExportJobRecord;
import org.homeward.export.ExportOrder;
import org.homeward.export.ExportProfile;
import org.homeward.export.ExportService;
import org.homeward.export.ExportState;

/**
 * Exports for partner organisations and supervisors: ask for one, follow its progress, download its
 * file. A small export answers 200 with the file at once; a large one (or with {@code "background":true})
 * 202 with the job, whose {@code Location} to poll.
 */
@Path("/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "CSV exports under data-sharing agreements, and the full case list for supervisors")
public class ExportsResource {

    @Inject
    ExportService exports;

    @Context
    UriInfo uriInfo;

    /**
     * An export order: {@code profile} (AGGREGATE, PARTNER_MINIMAL, FULL), {@code filters} (category, side,
     * status, oblast, from, to; rows and columns for AGGREGATE), {@code purpose} (required), {@code zipPassword}
     * (12 characters or more: an AES-256 ZIP), {@code hxl} (add the HXL hashtag row), {@code bom} (for Excel),
     * {@code agreement} (reference, when a partner has several), {@code background} (always a job).
     */
    public record ExportRequest(String profile, Map<String, String> filters, String purpose, String zipPassword,
                                Boolean hxl, Boolean bom, String agreement, Boolean background) {

        @Override
        public String toString() {
            return "ExportRequest[profile=" + profile + ", zip=" + (zipPassword != null) + "]";
        }
    }

    /** What the caller may export: profiles, and a partner's agreements. */
    public record ExportOptions(List<ExportProfile> profiles, List<AgreementRecord> agreements) {
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/zip"})
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: partners and supervisors.", operationId = "startExport",
            summary = "Export cases as CSV: 200 with the file when small, otherwise "
            + "202 with the job (Location to poll); 400 naming the problem (purpose, profile, filter, agreement, password)")
    public Response start(ExportRequest request) {
        ExportRequest order = request == null ? new ExportRequest(null, null, null, null, null, null, null, null) : request;
        ExportJobRecord job = exports.export(new ExportOrder(order.profile(), order.filters(), order.purpose(),
                order.zipPassword(), Boolean.TRUE.equals(order.hxl()), Boolean.TRUE.equals(order.bom()), order.agreement(),
                Boolean.TRUE.equals(order.background())));
        URI location = uriInfo.getBaseUriBuilder().path("exports").path(String.valueOf(job.id())).build();
        if (job.state() == ExportState.DONE && !Boolean.TRUE.equals(order.background())) {
            return download(exports.file(job.id())).location(location).header("X-Export-Job", job.id()).build();
        }
        return Response.accepted(job).location(location).build();
    }

    @GET
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: partners and supervisors.", operationId = "listExports",
            summary = "The caller's own export jobs, newest first (at most 50)")
    public List<ExportJobRecord> list() {
        return exports.myJobs();
    }

    @GET
    @Path("options")
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: partners and supervisors.", operationId = "exportOptions",
            summary = "The profiles the caller may export, and a partner's agreements")
    public ExportOptions options() {
        return new ExportOptions(exports.profiles(), exports.myAgreements());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: partners and supervisors.", operationId = "getExport",
            summary = "One of the caller's export jobs: state, progress (0-100), rows written")
    public ExportJobRecord get(@PathParam("id") long id) {
        return exports.job(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: partners and supervisors.", operationId = "cancelExport",
            summary = "Stop a running export, or withdraw a finished one's file")
    public ExportJobRecord cancel(@PathParam("id") long id) {
        return exports.cancel(id);
    }

    @GET
    @Path("{id}/file")
    @Produces({"text/csv", "application/zip", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.PARTNER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: partners and supervisors.", operationId = "downloadExport",
            summary = "The file of a finished export (CSV, or the AES-256 ZIP); "
            + "409 while it runs, 410 once cancelled, failed or past its retention")
    @APIResponse(responseCode = "200", description = "The file, as an attachment: text/csv, or application/zip "
            + "when a password was given")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "410", ref = "Gone")
    public Response file(@PathParam("id") long id) {
        return download(exports.file(id)).build();
    }

    private static Response.ResponseBuilder download(ExportFile file) {
        StreamingOutput body = out -> Files.copy(file.path(), out);
        return Response.ok(body, file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.downloadName() + "\"");
    }
}
