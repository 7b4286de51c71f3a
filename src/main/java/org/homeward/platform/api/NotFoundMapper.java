package org.homeward.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.homeward.platform.Messages;
import org.homeward.platform.NotFound;

/** 404 for a record that does not exist. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFound exception) {
        return ErrorResponses.message(404, Messages.in(ApiLocale.of(headers)).get("error.notFound"));
    }
}
