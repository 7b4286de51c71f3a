package org.homeward.round.api;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.homeward.platform.Page;
import org.homeward.platform.Validation;
import org.homeward.platform.api.FieldParser;
import org.homeward.round.Outcome;
import org.homeward.round.RoundDetails;
import org.homeward.round.RoundService;
import org.homeward.round.RoundStatus;
import org.homeward.round.RoundType;
import org.homeward.round.RoundViews.ExchangeResult;
import org.homeward.round.RoundViews.NominationRow;
import org.homeward.round.RoundViews.RoundList;
import org.homeward.round.RoundViews.RoundRecord;
import org.homeward.round.RoundViews.RoundRow;

/** Exchange rounds, their lists and the exchange itself (API contract v1). */
@Path("/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rounds", description = "Exchange rounds, nominations and exchanges")
public class RoundsResource {

    @Inject
    RoundService rounds;

    @Context
    UriInfo uriInfo;

    /** A round as the client sends it; dates as {@code yyyy-MM-dd}; {@code version} when revising. */
    public record RoundRequest(String name, String type, String venue, String mediators, String talksDate,
                               String plannedExchangeDate, String terms, List<QuotaRequest> quotas, Long version) {
    }

    public record QuotaRequest(String category, String side, Integer count) {
    }

    public record StatusRequest(String to, String reason, Long version) {
    }

    /** One person ({@code personId}) or several ({@code personIds}) to list on the round. */
    public record NominationRequest(Long personId, List<Long> personIds) {
    }

    public record OutcomeRequest(String outcome, String reason) {
    }

    public record ExchangeRequest(Long version, String exchangeDate) {
    }

    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "listRounds", description = "Who may call it: caseworkers and supervisors.",
            summary = "Rounds, newest talks first, with how many people each lists, has accepted and has exchanged")
    public Page<RoundRow> list(@QueryParam("status") String status,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        FieldParser parser = new FieldParser();
        RoundStatus wanted = parser.choice("status", RoundStatus.class, status);
        parser.rejectIfAnyFailed();
        return rounds.list(wanted, page, size);
    }

    @POST
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(operationId = "createRound", description = "Who may call it: supervisors.",
            summary = "Create a round ({\"name\":…,\"type\":\"POW_EXCHANGE\",\"venue\":…,\"talksDate\":…}): 201 with id, status, version")
    public Response create(RoundRequest request) {
        RoundRecord created = rounds.create(details(request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "getRound", description = "Who may call it: caseworkers and supervisors.",
            summary = "A round with its terms, quotas and balance per side and category")
    public RoundRecord get(@PathParam("id") long id) {
        return rounds.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(operationId = "reviseRound", description = "Who may call it: supervisors.",
            summary = "Revise a round's details: send them whole with the version read (409 when it changed)")
    public RoundRecord revise(@PathParam("id") long id, RoundRequest request) {
        RoundDetails details = details(request);
        if (request.version() == null) {
            Validation.reject(List.of(FieldError.of("version", "person.version.required")));
        }
        return rounds.revise(id, details, request.version());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(operationId = "moveRound", description = "Who may call it: supervisors.",
            summary = "Move the round through the talks ({\"to\":\"NEGOTIATING\"}); cancelling needs a reason and lets its list go")
    public RoundRecord moveTo(@PathParam("id") long id, StatusRequest request) {
        StatusRequest body = request == null ? new StatusRequest(null, null, null) : request;
        FieldParser parser = new FieldParser();
        RoundStatus to = parser.choice("to", RoundStatus.class, body.to());
        parser.rejectIfAnyFailed();
        return rounds.moveTo(id, to, body.reason(), body.version());
    }

    @GET
    @Path("{id}/nominations")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "listNominations", description = "Who may call it: caseworkers and supervisors.",
            summary = "The round's list within the caller's record scope (filters side, category, outcome); "
            + "outsideScope counts the listed people the caller may not see")
    public RoundList nominations(@PathParam("id") long id, @QueryParam("side") String side,
                                 @QueryParam("category") String category, @QueryParam("outcome") String outcome) {
        FieldParser parser = new FieldParser();
        Side s = parser.choice("side", Side.class, side);
        Category c = parser.choice("category", Category.class, category);
        Outcome o = parser.choice("outcome", Outcome.class, outcome);
        parser.rejectIfAnyFailed();
        return rounds.nominations(id, s, c, o);
    }

    @POST
    @Path("{id}/nominations")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "nominatePerson", description = "Who may call it: caseworkers and supervisors.",
            summary = "List a person ({\"personId\":…}: 201 with the nomination, id and outcome) or several "
            + "({\"personIds\":[…]}: 201 with the list); all or nothing")
    public Response nominate(@PathParam("id") long id, NominationRequest request) {
        if (request == null || request.personId() == null && (request.personIds() == null || request.personIds().isEmpty())) {
            Validation.reject(List.of(FieldError.of("personId", "round.nominate.nobody")));
        }
        List<Long> ids = new ArrayList<>();
        if (request.personId() != null) {
            ids.add(request.personId());
        }
        if (request.personIds() != null) {
            ids.addAll(request.personIds());
        }
        List<NominationRow> made = rounds.nominate(id, ids);
        Object entity = request.personIds() == null ? made.get(0) : made;
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    @PUT
    @Path("{id}/nominations/{nominationId}")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "decideNomination", description = "Who may call it: caseworkers and supervisors.",
            summary = "Record the outcome for one listed person: {\"outcome\":\"ACCEPTED\"} or "
            + "{\"outcome\":\"REJECTED\",\"reason\":…}, POSTPONED, WITHDRAWN")
    public NominationRow decide(@PathParam("id") long id, @PathParam("nominationId") long nominationId,
                                 OutcomeRequest request) {
        OutcomeRequest body = request == null ? new OutcomeRequest(null, null) : request;
        FieldParser parser = new FieldParser();
        Outcome outcome = parser.choice("outcome", Outcome.class, body.outcome());
        parser.rejectIfAnyFailed();
        return rounds.decide(id, List.of(nominationId), outcome, body.reason()).get(0);
    }

    @POST
    @Path("{id}/exchange")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(operationId = "recordExchange", description = "Who may call it: supervisors.",
            summary = "Record the exchange as done on exchangeDate (required; not in the future, not before the "
            + "talks): every accepted person repatriated, the others back to where they were, the round completed, all "
            + "in one transaction; 409 when the round changed since the version given")
    public ExchangeResult exchange(@PathParam("id") long id, ExchangeRequest request) {
        ExchangeRequest body = request == null ? new ExchangeRequest(null, null) : request;
        FieldParser parser = new FieldParser();
        LocalDate date = parser.date("exchangeDate", body.exchangeDate());
        parser.rejectIfAnyFailed();
        return rounds.recordExchange(id, body.version(), date);
    }

    private static RoundDetails details(RoundRequest request) {
        if (request == null) {
            Validation.reject(List.of(FieldError.of("body", "error.body.shape")));
        }
        FieldParser parser = new FieldParser();
        RoundDetails details = new RoundDetails();
        details.setName(request.name());
        details.setType(parser.choice("type", RoundType.class, request.type()));
        details.setVenue(request.venue());
        details.setMediators(request.mediators());
        details.setTalksDate(parser.date("talksDate", request.talksDate()));
        details.setPlannedExchangeDate(parser.date("plannedExchangeDate", request.plannedExchangeDate()));
        details.setTerms(request.terms());
        if (request.quotas() != null) {
            for (int i = 0; i < request.quotas().size(); i++) {
                QuotaRequest quota = request.quotas().get(i);
                if (quota == null) {
                    continue;
                }
                details.getQuotas().add(new RoundDetails.QuotaLine(
                        parser.choice("quotas[" + i + "].category", Category.class, quota.category()),
                        parser.choice("quotas[" + i + "].side", Side.class, quota.side()), quota.count()));
            }
        }
        parser.rejectIfAnyFailed();
        return details;
    }
}
