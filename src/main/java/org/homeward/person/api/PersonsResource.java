package org.homeward.person.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import java.util.List;
import java.util.Map;
import org.homeward.person.CaseFileService;
import org.homeward.person.MatchService;
import org.homeward.person.PossibleMatch;
import org.homeward.platform.api.ApiLocale;
import jakarta.ws.rs.core.HttpHeaders;
import org.homeward.person.CaseSelection;
import org.homeward.person.Category;
import org.homeward.person.Relation;
import org.homeward.person.PersonRecord;
import org.homeward.person.PersonRow;
import org.homeward.person.PersonSearch;
import org.homeward.person.PersonService;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.Page;
import org.homeward.platform.api.FieldParser;
import org.homeward.platform.api.FlatBody;
import org.homeward.person.PersonDetails;
import org.homeward.platform.Validation;

/** People in the registry (API contract v1). Everything is limited to the caller's record scope. */
@Path("/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "The case registry")
public class PersonsResource {

    @Inject
    PersonService persons;

    @Inject
    CaseFileService caseFile;

    @Inject
    MatchService matches;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "searchPersons", description = "Who may call it: caseworkers and supervisors.",
            summary = "Search: q matches names in any script or spelling, case numbers and document numbers; "
            + "also reportedFrom, reportedTo, round, outcome, rejectionReason, identification, remains, reached, "
            + "reachedFrom, reachedTo, staleDays and open, the selection a report's figure links to")
    public Page<PersonRow> search(@QueryParam("q") String q, @QueryParam("category") String category,
                                  @QueryParam("side") String side, @QueryParam("status") String status,
                                  @QueryParam("office") String office, @QueryParam("assignedTo") String assignedTo,
                                  @QueryParam("oblast") String oblast, @QueryParam("restricted") Boolean restricted,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size,
                                  @QueryParam("order") String order) {
        FieldParser parser = new FieldParser();
        // The selection a report's figure stands for (CaseSelection.PARAMETERS), so that a figure's link
        // lists exactly its people here too.
        CaseSelection selection = CaseSelection.from(uriInfo.getQueryParameters()::getFirst, parser);
        PersonSearch search = new PersonSearch(q, parser.choice("category", Category.class, category),
                parser.choice("side", Side.class, side), parser.choice("status", RepatriationStatus.class, status),
                blankToNull(office), blankToNull(assignedTo), blankToNull(oblast), restricted, selection, page, size,
                parser.choice("order", PersonSearch.Order.class, order));
        parser.rejectIfAnyFailed();
        return persons.search(search);
    }

    @POST
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "registerPerson", description = "Who may call it: caseworkers and supervisors.",
            summary = "Register a person; answers 201 with the record, its case number and transliterations, and "
            + "possibleDuplicates: the likely matches in the caller's record scope (also queued for a supervisor)")
    @APIResponse(responseCode = "201", description = "The created person as GET /persons/{id} answers it (Location "
            + "header), with possibleDuplicates: id, caseNumber, names, score, likely, explanation and reasons of each "
            + "registered person they likely are, best first; empty when none",
            content = @Content(schema = @Schema(ref = PersonSchemas.REGISTERED)))
    public Response register(@RequestBody(content = @Content(schema = @Schema(ref = PersonSchemas.REQUEST)))
                             @FlatBody(value = PersonDetails.class, echoes = RegisteredPerson.class)
                             Map<String, Object> request, @Context HttpHeaders headers) {
        PersonDetails details = body(request).toDetails();
        PersonRecord created = persons.register(details);
        // The details matched as the form matches them before saving, cut to the caller's scope; asked once
        // the registration committed (so a refused one asks nothing), which finds the new record too.
        List<PossibleMatch> likely = matches.of(details, ApiLocale.of(headers)).stream()
                .filter(match -> match.likely() && match.id() != created.id()).toList();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(new RegisteredPerson(created, likely)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "getPerson", description = "Who may call it: caseworkers and supervisors.",
            summary = "A person's full record")
    public PersonRecord get(@PathParam("id") long id) {
        return persons.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "updatePerson", description = "Who may call it: caseworkers and supervisors.",
            summary = "Revise a record: send the whole record with the version read (409 when it changed)")
    public PersonRecord update(@PathParam("id") long id,
                               @RequestBody(content = @Content(schema = @Schema(ref = PersonSchemas.REQUEST)))
                               @FlatBody(value = PersonDetails.class, echoes = RegisteredPerson.class)
                               Map<String, Object> request) {
        PersonRequest body = body(request);
        if (body.version() == null) {
            Validation.reject(java.util.List.of(org.homeward.platform.FieldError.of("version", "person.version.required")));
        }
        return persons.update(id, body.toDetails(), body.version());
    }

    @GET
    @Path("{id}/notes")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "listNotes", description = "Who may call it: caseworkers and supervisors.",
            summary = "The notes on a case, newest first")
    public List<CaseFileService.NoteRow> notes(@PathParam("id") long id) {
        return caseFile.notes(id);
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "addNote", description = "Who may call it: caseworkers and supervisors.",
            summary = "Add a note ({\"text\":…}); the author and time are recorded")
    public Response addNote(@PathParam("id") long id, NoteRequest request) {
        CaseFileService.NoteRow note = caseFile.addNote(id, request == null ? null : request.text());
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    @GET
    @Path("{id}/tasks")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "listTasks", description = "Who may call it: caseworkers and supervisors.",
            summary = "The follow-up tasks of a case, open ones first")
    public List<CaseFileService.TaskRow> tasks(@PathParam("id") long id) {
        return caseFile.tasks(id);
    }

    @POST
    @Path("{id}/tasks")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "addTask", description = "Who may call it: caseworkers and supervisors.",
            summary = "Add a follow-up task ({\"description\":…,\"dueOn\":\"2026-12-01\",\"assignee\":…})")
    public Response addTask(@PathParam("id") long id, TaskRequest request) {
        TaskRequest body = request == null ? new TaskRequest(null, null, null) : request;
        FieldParser parser = new FieldParser();
        java.time.LocalDate dueOn = parser.date("dueOn", body.dueOn());
        parser.rejectIfAnyFailed();
        return Response.status(Response.Status.CREATED)
                .entity(caseFile.addTask(id, body.description(), dueOn, body.assignee())).build();
    }

    @POST
    @Path("{id}/tasks/{taskId}/done")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "completeTask", description = "Who may call it: caseworkers and supervisors.",
            summary = "Mark a task done; send the version read")
    public CaseFileService.TaskRow completeTask(@PathParam("id") long id, @PathParam("taskId") long taskId,
                                                 VersionRequest request) {
        return caseFile.completeTask(taskId, request == null || request.version() == null ? -1 : request.version());
    }

    @GET
    @Path("{id}/links")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "listFamilyLinks", description = "Who may call it: caseworkers and supervisors.",
            summary = "Family links, both ways: this person's relatives, and the records naming this person")
    public List<CaseFileService.RelativeRow> links(@PathParam("id") long id) {
        return caseFile.relatives(id);
    }

    @POST
    @Path("{id}/links")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "linkRelative", description = "Who may call it: caseworkers and supervisors.",
            summary = "Link a relative: another case by case number, or a contact by name")
    public Response link(@PathParam("id") long id, LinkRequest request) {
        LinkRequest body = request == null ? new LinkRequest(null, null, null, null, null) : request;
        FieldParser parser = new FieldParser();
        Relation relation = parser.choice("relation", Relation.class, body.relation());
        parser.rejectIfAnyFailed();
        return Response.status(Response.Status.CREATED).entity(caseFile.linkRelative(id, relation,
                body.relatedCaseNumber(), body.contactName(), body.contactDetails(),
                Boolean.TRUE.equals(body.toBeInformed()))).build();
    }

    @GET
    @Path("{id}/sources")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "listSources", description = "Who may call it: caseworkers and supervisors.",
            summary = "The sources of information on a case, newest first")
    public List<CaseFileService.SourceRow> sources(@PathParam("id") long id) {
        return caseFile.sources(id);
    }

    @POST
    @Path("{id}/sources")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "addSource", description = "Who may call it: caseworkers and supervisors.",
            summary = "Record a source ({\"kind\":\"ICRC_NOTIFICATION\",\"receivedOn\":…,\"reliability\":\"CONFIRMED\",\"reference\":…})")
    public Response addSource(@PathParam("id") long id, SourceRequest request) {
        SourceRequest body = request == null ? new SourceRequest(null, null, null, null) : request;
        FieldParser parser = new FieldParser();
        org.homeward.person.SourceKind kind = parser.choice("kind", org.homeward.person.SourceKind.class, body.kind());
        java.time.LocalDate receivedOn = parser.date("receivedOn", body.receivedOn());
        org.homeward.person.Reliability reliability = parser.choice("reliability", org.homeward.person.Reliability.class,
                body.reliability());
        parser.rejectIfAnyFailed();
        return Response.status(Response.Status.CREATED)
                .entity(caseFile.addSource(id, kind, receivedOn, reliability, body.reference())).build();
    }

    @GET
    @Path("{id}/matches")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "listPersonMatches", description = "Who may call it: caseworkers and supervisors.",
            summary = "Registered people who may be this one, best first: score 0-100, likely (at or above the "
            + "LIKELY threshold) and the explanation; only those in the caller's record scope")
    public List<PossibleMatch> matches(@PathParam("id") long id, @Context HttpHeaders headers) {
        return matches.of(id, ApiLocale.of(headers));
    }

    public record SourceRequest(String kind, String receivedOn, String reliability, String reference) {
    }

    public record NoteRequest(String text) {
    }

    public record TaskRequest(String description, String dueOn, String assignee) {
    }

    public record VersionRequest(Long version) {
    }

    public record LinkRequest(String relation, String relatedCaseNumber, String contactName, String contactDetails,
                              Boolean toBeInformed) {
    }

    private static PersonRequest body(Map<String, Object> request) {
        if (request == null) {
            Validation.reject(java.util.List.of(org.homeward.platform.FieldError.of("body", "error.body.shape")));
        }
        return new PersonRequest(request);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
