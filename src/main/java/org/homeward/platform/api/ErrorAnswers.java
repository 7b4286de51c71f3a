package org.homeward.platform.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers of the OpenAPI document, described once as components with the shape of
 * {@link ErrorBody} and referred to by every operation they can come from: 400, 401 and 403 from any
 * (bad parameters or body, no or wrong credentials, a role or record scope that does not allow it),
 * 404 from those naming a record in their path, 409 from those that write (a record changed since it
 * was read, a state that no longer allows the step), 503 from any while the database cannot be reached
 * (DatabaseOutage: the request did nothing, Retry-After says when to try again), 429 from any while the
 * caller's address is held back after too many failed sign-ins (HomewardAuthentication). Registered in
 * microprofile-config.properties.
 */
public class ErrorAnswers implements OASFilter {

    static final String BODY = "ErrorBody";

    private static final Map<String, String> SHARED = Map.of(
            "400", "BadRequest",
            "401", "Unauthorized",
            "403", "Forbidden",
            "404", "NotFound",
            "409", "Conflict",
            "410", "Gone",
            "429", "TooManyRequests",
            "503", "Unavailable");

    private static final Map<String, String> MEANING = Map.of(
            "BadRequest", "Invalid parameters or body: status 400, a message, and in errors each field at fault "
                    + "with what is wrong with it.",
            "Unauthorized", "No credentials, wrong ones, or a locked account (HTTP Basic): status 401 and a message.",
            "Forbidden", "The caller's role or record scope does not allow this: status 403 and a message.",
            "NotFound", "No record with this id within the caller's record scope: status 404 and a message.",
            "Conflict", "The record was changed since it was read (the message says by whom and when), or its "
                    + "state does not allow this step: status 409 and a message.",
            "Gone", "The record's content is no longer available (cancelled, failed or past its retention): "
                    + "status 410 and a message.",
            "TooManyRequests", "Too many failed sign-ins from the caller's address: nothing was done; try again "
                    + "after the seconds in Retry-After. Status 429 and a message.",
            "Unavailable", "The database cannot be reached just now (restarting, failing over): nothing was done or "
                    + "written; try again after the seconds in Retry-After. Status 503 and a message.");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        describe(api.getComponents());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            refer(operation, "400");
            refer(operation, "401");
            refer(operation, "403");
            refer(operation, "429");
            refer(operation, "503");
            if (path.contains("{")) {
                refer(operation, "404");
            }
            if (method != PathItem.HttpMethod.GET) {
                refer(operation, "409");
            }
        }));
    }

    private static void describe(Components components) {
        Schema field = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The field or query parameter at fault"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What is wrong with it, in the language of Accept-Language"))
                .required(List.of("field", "message"));
        components.addSchema(BODY, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("The body of every error answer; never a stack trace")
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("The HTTP status, repeated"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("A sentence for people, in the language of Accept-Language (English or Ukrainian)"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(field)
                        .description("Only with 400: each field at fault"))
                .required(List.of("status", "message")));
        SHARED.values().forEach(name -> components.addResponse(name, OASFactory.createAPIResponse()
                .description(MEANING.get(name))
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(BODY))))));
        for (String held : List.of("TooManyRequests", "Unavailable")) {
            components.getResponses().get(held).addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ONE)));
        }
    }

    private static void refer(Operation operation, String status) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        // Always the shared answer, even where an operation described the status itself: one shape.
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(SHARED.get(status)));
    }
}
