package org.homeward.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.homeward.platform.NotPermitted;

/** A change the caller's role may not make: 403 with the field and the reason, and the denial on file. */
@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermitted> {

    @Context
    HttpHeaders headers;

    @Inject
    DeniedRequests deniedRequests;

    @Override
    public Response toResponse(NotPermitted exception) {
        deniedRequests.record();
        return ErrorResponses.refused(exception.errors(), ApiLocale.of(headers));
    }
}
