package org.homeward.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.homeward.platform.InvalidInput;

/** A rule the service checked was broken: 400 with the fields at fault. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInput exception) {
        return ErrorResponses.invalid(exception.errors(), ApiLocale.of(headers));
    }
}
