package org.homeward.access.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.access.OfficeForm;
import org.homeward.access.OfficeService;
import org.homeward.access.OfficeRow;
import org.homeward.platform.Role;

/** The offices of the bureau. */
@Path("/offices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offices", description = "Head office and regional offices")
public class OfficesResource {

    @Inject
    OfficeService offices;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR, Role.Names.PARTNER, Role.Names.AUDITOR, Role.Names.ADMIN})
    @Operation(operationId = "listOffices", description = "Who may call it: every signed-in user.",
            summary = "All offices")
    public List<OfficeRow> list() {
        return offices.list();
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "createOffice", description = "Who may call it: administrators.",
            summary = "Create an office")
    public Response create(OfficeRequest request) {
        OfficeForm form = new OfficeForm();
        if (request != null) {
            form.setCode(request.code());
            form.setName(request.name());
            form.setHeadOffice(Boolean.TRUE.equals(request.headOffice()));
        }
        OfficeRow created = offices.create(form);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "renameOffice", description = "Who may call it: administrators.",
            summary = "Rename an office; send the version read (409 when it changed)")
    public OfficeRow rename(@PathParam("code") String code, OfficeRequest request) {
        return offices.rename(code, request == null ? null : request.name(),
                request == null || request.version() == null ? -1 : request.version());
    }

    public record OfficeRequest(String code, String name, Boolean headOffice, Long version) {
    }
}
