package org.homeward.custody.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.custody.CustodyEventKind;
import org.homeward.custody.CustodyEventRecord;
import org.homeward.custody.CustodyService;
import org.homeward.person.DatePrecision;
import org.homeward.platform.api.FieldParser;

/** Custody events of a case: {@code GET|POST /persons/{id}/events}, within the caller's record scope. */
@Path("/persons/{id}/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Custody", description = "Dated custody events of a person (GC III art. 122, GC IV art. 136)")
public class CustodyEventsResource {

    @Inject
    CustodyService custody;

    /**
     * {@code {"kind":"TRANSFER","date":"2026-04","precision":"MONTH","place":"…","sourceId":12,"note":"…"}};
     * {@code kind} and {@code date} are required, {@code precision} is taken from the date when not given.
     */
    public record EventRequest(String kind, String date, String precision, String place, Long sourceId, String note) {
    }

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: caseworkers and supervisors.", operationId = "listCustodyEvents",
            summary = "The custody events of a case, newest first by date; "
            + "each date written as far as it is known (2026-04-12, 2026-04 or 2026) with its precision")
    public List<CustodyEventRecord> list(@PathParam("id") long id) {
        return custody.timeline(id).events();
    }

    @POST
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(description = "Who may call it: caseworkers and supervisors.", operationId = "recordCustodyEvent",
            summary = "Record a custody event: 201 with the event, the current "
            + "whereabouts after it (an event that is the latest by date and not dated before the whereabouts' "
            + "confirmation moves them to its place) and, for DEATH, the move to DECEASED made (statusChange) or the "
            + "request for a supervisor's approval filed (approval). 400 naming the field: an unknown kind or "
            + "precision, a date that is no date, in the future or written to another precision than given, a "
            + "source of another case, a death without a note (the move's reason) or from a status with no move "
            + "to DECEASED; 409 when the case already has a request waiting")
    public Response record(@PathParam("id") long id, EventRequest request) {
        EventRequest body = request == null ? new EventRequest(null, null, null, null, null, null) : request;
        FieldParser parser = new FieldParser();
        CustodyEventKind kind = parser.choice("kind", CustodyEventKind.class, body.kind());
        DatePrecision precision = parser.choice("precision", DatePrecision.class, body.precision());
        parser.rejectIfAnyFailed();
        CustodyService.Recorded recorded = custody.record(id,
                new CustodyService.Draft(kind, body.date(), precision, body.place(), body.sourceId(), body.note()));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }
}
