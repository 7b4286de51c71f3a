package org.homeward.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.homeward.platform.Messages;

/** A service refused the caller (its role or its record scope): 403, and the denial is on file. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    HttpHeaders headers;

    @Inject
    DeniedRequests deniedRequests;

    @Override
    public Response toResponse(EJBAccessException exception) {
        deniedRequests.record();
        return ErrorResponses.message(403, Messages.in(ApiLocale.of(headers)).get("error.forbidden"));
    }
}
