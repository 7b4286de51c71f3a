package org.homeward.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.homeward.platform.FieldError;

/** A body that is not JSON, or JSON of the wrong shape: 400 pointing at the body. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException exception) {
        boolean syntax = false;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            syntax |= t instanceof JsonParsingException;
        }
        return ErrorResponses.invalid(List.of(FieldError.of("body", syntax ? "error.body.syntax" : "error.body.shape")),
                ApiLocale.of(headers));
    }
}
