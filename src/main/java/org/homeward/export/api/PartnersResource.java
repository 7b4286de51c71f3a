package org.homeward.export.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.homeward.platform.Role;
import org.homeward.export.AgreementForm;
import org.homeward.export.AgreementRecord;
import org.homeward.export.OrganisationRecord;
import org.homeward.export.PartnerService;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;

/** Partner organisations (administrators), who speaks for them, and their agreements (supervisors of the head office). */
@Path("/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Partner organisations and their data-sharing agreements")
public class PartnersResource {

    @Inject
    PartnerService partners;

    @Context
    UriInfo uriInfo;

    public record OrganisationRequest(String name, String country, String contact, Long version) {
    }

    public record MemberRequest(String username) {
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: administrators and supervisors.", operationId = "listPartners",
            summary = "Partner organisations with their members and agreements")
    public List<OrganisationRecord> list() {
        return partners.organisations();
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(description = "Who may call it: administrators.", operationId = "createPartner",
            summary = "Register a partner organisation ({\"name\",\"country\",\"contact\"}): 201")
    public Response create(OrganisationRequest request) {
        OrganisationRequest body = request == null ? new OrganisationRequest(null, null, null, null) : request;
        OrganisationRecord created = partners.createOrganisation(body.name(), body.country(), body.contact());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: administrators and supervisors.", operationId = "getPartner",
            summary = "A partner organisation with its members and agreements")
    public OrganisationRecord get(@PathParam("id") long id) {
        return partners.organisation(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(description = "Who may call it: administrators.", operationId = "updatePartner",
            summary = "Change a partner organisation's name, country, contact, with the version read")
    public OrganisationRecord update(@PathParam("id") long id, OrganisationRequest request) {
        if (request == null || request.version() == null) {
            throw new InvalidInput(FieldError.of("version", "person.version.required"));
        }
        return partners.updateOrganisation(id, request.name(), request.country(), request.contact(), request.version());
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(description = "Who may call it: administrators.", operationId = "addPartnerMember",
            summary = "A PARTNER user speaks for this organisation ({\"username\"})")
    public OrganisationRecord addMember(@PathParam("id") long id, MemberRequest request) {
        return partners.addMember(id, request == null ? null : request.username());
    }

    @DELETE
    @Path("{id}/members/{username}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(description = "Who may call it: administrators.", operationId = "removePartnerMember",
            summary = "The user no longer speaks for this organisation: "
            + "from now on they can neither export nor download earlier exports")
    public OrganisationRecord removeMember(@PathParam("id") long id, @PathParam("username") String username) {
        return partners.removeMember(id, username);
    }

    @POST
    @Path("{id}/agreements")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "createAgreement",
            summary = "Record a data-sharing agreement (supervisors of the head office): "
            + "{\"reference\",\"validFrom\",\"validTo\",\"profiles\",\"categories\",\"offices\",\"personLevel\"}")
    public Response createAgreement(@PathParam("id") long id, AgreementForm form) {
        AgreementRecord created = partners.createAgreement(id, form == null ? emptyForm() : form);
        return Response.created(uriInfo.getBaseUriBuilder().path("partners").path(String.valueOf(id))
                .path("agreements").path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}/agreements/{agreementId}")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "reviseAgreement",
            summary = "Revise an agreement, sent whole with the version read (409 when it changed)")
    public AgreementRecord reviseAgreement(@PathParam("id") long id, @PathParam("agreementId") long agreementId,
                                         AgreementForm form) {
        return partners.reviseAgreement(id, agreementId, form == null ? emptyForm() : form);
    }

    public record EndRequest(Long version) {
    }

    @POST
    @Path("{id}/agreements/{agreementId}/end")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "endAgreement",
            summary = "End an agreement at once ({\"version\"}): it held until yesterday, "
            + "and exports under it are refused from now on")
    public AgreementRecord endAgreement(@PathParam("id") long id, @PathParam("agreementId") long agreementId, EndRequest request) {
        return partners.endAgreement(id, agreementId, request == null ? null : request.version());
    }

    private static AgreementForm emptyForm() {
        return new AgreementForm(null, null, null, null, null, null, null, null);
    }
}
