package org.homeward.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.homeward.platform.Messages;
import org.homeward.platform.NotAvailable;

/** 409 for what is not ready yet, 410 for what is gone, with a sentence saying which. */
@Provider
public class NotAvailableMapper implements ExceptionMapper<NotAvailable> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotAvailable exception) {
        return ErrorResponses.message(exception.status(),
                Messages.in(ApiLocale.of(headers)).get(exception.messageKey(), exception.arguments().toArray()));
    }
}
