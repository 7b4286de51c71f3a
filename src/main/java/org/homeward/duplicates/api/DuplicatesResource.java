package org.homeward.duplicates.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.duplicates.DuplicateService;
import org.homeward.duplicates.MergeOrder;
import org.homeward.duplicates.MergeOutcome;
import org.homeward.duplicates.PairComparison;
import org.homeward.duplicates.PairRecord;
import org.homeward.duplicates.PairState;
import org.homeward.person.MergedField;
import org.homeward.platform.Page;
import org.homeward.platform.Role;
import org.homeward.platform.api.ApiLocale;
import org.homeward.platform.api.FieldParser;

/**
 * The supervisor's duplicates queue: {@code GET /duplicates}, a pair side by side, and the decisions
 * on it (confirm, dismiss, merge).
 */
@Path("/duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duplicates", description = "Records that may be one person: the queue, decisions, merges, scans")
public class DuplicatesResource {

    @Inject
    DuplicateService duplicates;

    @Context
    HttpHeaders headers;

    /**
     * {@code survivorId}: the record that carries on; {@code lowerVersion}, {@code higherVersion}: the
     * versions of the pair's records as shown; {@code takeFromOther}: the fields whose value comes from
     * the record that is closed (FAMILY_NAME, GIVEN_NAME, PATRONYMIC, SEX, DATE_OF_BIRTH, PLACE_OF_BIRTH,
     * CITIZENSHIP, MILITARY_RANK, MILITARY_UNIT, SERVICE_NUMBER).
     */
    public record MergeRequest(Long survivorId, Long lowerVersion, Long higherVersion, List<String> takeFromOther) {
    }

    @GET
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "listDuplicates",
            summary = "The pairs of records that may be one person, both in the caller's record scope, best score "
            + "first, with the explanation in the caller's language; open ones unless state= (OPEN, CONFIRMED, "
            + "DISMISSED, MERGED) says otherwise; only one person's pairs with person=")
    public Page<PairRecord> list(@QueryParam("state") String state, @QueryParam("person") Long personId,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        FieldParser parser = new FieldParser();
        PairState wanted = parser.choice("state", PairState.class, state);
        parser.rejectIfAnyFailed();
        return duplicates.queue(wanted, personId, page, size, ApiLocale.of(headers));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "getDuplicate",
            summary = "A pair side by side: each field on both records and whether they differ, the records' "
            + "sides, statuses and versions (to send back with a merge); 403 outside the caller's record scope")
    public PairComparison get(@PathParam("id") long id) {
        return duplicates.compare(id, ApiLocale.of(headers));
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "confirmDuplicate",
            summary = "The two records are one person (the merge is still to do); 409 when the pair was decided")
    public PairRecord confirm(@PathParam("id") long id) {
        return duplicates.confirm(id, ApiLocale.of(headers));
    }

    @POST
    @Path("{id}/dismiss")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "dismissDuplicate",
            summary = "Two people after all: the pair is never queued again, by registration or a scan; 409 when "
            + "the pair was decided")
    public PairRecord dismiss(@PathParam("id") long id) {
        return duplicates.dismiss(id, ApiLocale.of(headers));
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed(Role.Names.SUPERVISOR)
    @Operation(description = "Who may call it: supervisors.", operationId = "mergeDuplicate",
            summary = "Merge the pair into the survivor in one audited transaction: the chosen values taken, "
            + "documents, sources, family links, notes, tasks, custody events, round nominations and status "
            + "history moved, the other record closed as a duplicate of the survivor. 400 naming survivorId when "
            + "the records are on different sides, both on rounds, the one to close on an open round, or closed; "
            + "409 when either record changed since the versions sent")
    public MergeOutcome merge(@PathParam("id") long id, MergeRequest request) {
        MergeRequest body = request == null ? new MergeRequest(null, null, null, null) : request;
        FieldParser parser = new FieldParser();
        Set<MergedField> fields = EnumSet.noneOf(MergedField.class);
        if (body.takeFromOther() != null) {
            for (String field : body.takeFromOther()) {
                MergedField chosen = parser.choice("takeFromOther", MergedField.class, field);
                if (chosen != null) {
                    fields.add(chosen);
                }
            }
        }
        parser.rejectIfAnyFailed();
        return duplicates.merge(id, new MergeOrder(body.survivorId(), body.lowerVersion(), body.higherVersion(), fields));
    }
}
