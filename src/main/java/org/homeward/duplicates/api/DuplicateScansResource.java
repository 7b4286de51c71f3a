package org.homeward.duplicates.api;

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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.duplicates.DuplicateScanService;
import org.homeward.duplicates.ScanRecord;
import org.homeward.platform.Role;

/** The scan of the whole registry for duplicates, a background job: start, follow, cancel. */
@Path("/duplicate-scans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duplicates", description = "Records that may be one person: the queue, decisions, merges, scans")
public class DuplicateScansResource {

    @Inject
    DuplicateScanService scans;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "startDuplicateScan",
            summary = "Scan the whole registry for duplicates in the background: 202 with the scan (Location to "
            + "poll); while a scan runs, on any server, 202 with that one")
    public Response start() {
        ScanRecord scan = scans.start();
        URI location = uriInfo.getBaseUriBuilder().path("duplicate-scans").path(String.valueOf(scan.id())).build();
        return Response.accepted(scan).location(location).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "getDuplicateScan",
            summary = "A scan's progress: state, people read of the total, per cent, pairs queued")
    public ScanRecord get(@PathParam("id") long id) {
        return scans.get(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "cancelDuplicateScan",
            summary = "Stop a running scan at its next page; the pairs it queued stay")
    public ScanRecord cancel(@PathParam("id") long id) {
        return scans.cancel(id);
    }
}
