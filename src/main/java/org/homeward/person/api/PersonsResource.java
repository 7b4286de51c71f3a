package org.homeward.person.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.access.Role;
import org.homeward.person.Category;
import org.homeward.person.PersonRecord;
import org.homeward.person.PersonRow;
import org.homeward.person.PersonSearch;
import org.homeward.person.PersonService;
import org.homeward.person.Side;
import org.homeward.platform.Page;
import org.homeward.platform.Validation;
import org.homeward.workflow.RepatriationStatus;

/** People in the registry (API contract v1). Everything is limited to the caller's record scope. */
@Path("/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "The case registry")
public class PersonsResource {

    @Inject
    PersonService persons;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(summary = "Search: q matches names in any script or spelling, case numbers and document numbers")
    public Page<PersonRow> search(@QueryParam("q") String q, @QueryParam("category") String category,
                                  @QueryParam("side") String side, @QueryParam("status") String status,
                                  @QueryParam("office") String office, @QueryParam("assignedTo") String assignedTo,
                                  @QueryParam("oblast") String oblast, @QueryParam("restricted") Boolean restricted,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size,
                                  @QueryParam("order") String order) {
        FieldParser parser = new FieldParser();
        PersonSearch search = new PersonSearch(q, parser.choice("category", Category.class, category),
                parser.choice("side", Side.class, side), parser.choice("status", RepatriationStatus.class, status),
                blankToNull(office), blankToNull(assignedTo), blankToNull(oblast), restricted, page, size,
                parser.choice("order", PersonSearch.Order.class, order));
        parser.rejectIfAnyFailed();
        return persons.search(search);
    }

    @POST
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(summary = "Register a person; answers 201 with the record, its case number and transliterations")
    public Response register(PersonRequest request) {
        PersonRecord created = persons.register(body(request).toDetails());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(summary = "A person's full record")
    public PersonRecord get(@PathParam("id") long id) {
        return persons.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(summary = "Revise a record: send the whole record with the version read (409 when it changed)")
    public PersonRecord update(@PathParam("id") long id, PersonRequest request) {
        PersonRequest body = body(request);
        if (body.version() == null) {
            Validation.reject(java.util.List.of(org.homeward.platform.FieldError.of("version", "person.version.required")));
        }
        return persons.update(id, body.toDetails(), body.version());
    }

    private static PersonRequest body(PersonRequest request) {
        if (request == null) {
            Validation.reject(java.util.List.of(org.homeward.platform.FieldError.of("body", "error.body.shape")));
        }
        return request;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
