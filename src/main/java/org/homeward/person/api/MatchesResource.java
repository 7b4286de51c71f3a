package org.homeward.person.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.person.MatchService;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonRecord;
import org.homeward.person.PossibleMatch;
import org.homeward.platform.FieldError;
import org.homeward.platform.Role;
import org.homeward.platform.Validation;
import org.homeward.platform.api.ApiLocale;
import org.homeward.platform.api.FlatBody;

/** Finding the registered people a description may be, before registering it (API contract v1). */
@Path("/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "The case registry")
public class MatchesResource {

    @Inject
    MatchService matches;

    @POST
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    @Operation(operationId = "findMatches", description = "Who may call it: caseworkers and supervisors.",
            summary = "A person's details as for registering (familyName required) -> the registered people they "
            + "may be, best first, with score, likely and explanation; only those in the caller's record scope")
    public List<PossibleMatch> find(@RequestBody(content = @Content(schema = @Schema(ref = PersonSchemas.REQUEST)))
                                    @FlatBody(value = PersonDetails.class, echoes = PersonRecord.class)
                                    Map<String, Object> request, @Context HttpHeaders headers) {
        if (request == null) {
            Validation.reject(List.of(FieldError.of("body", "error.body.shape")));
        }
        return matches.of(new PersonRequest(request).toDetails(), ApiLocale.of(headers));
    }
}
