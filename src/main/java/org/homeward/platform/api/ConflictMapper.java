package org.homeward.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.homeward.platform.Conflict;
import org.homeward.platform.ConflictMessage;

/** The record changed since the client read it: 409 "changed by … at …". */
@Provider
public class ConflictMapper implements ExceptionMapper<Conflict> {

    @Context
    HttpHeaders headers;

    ConflictMapper withHeaders(HttpHeaders headers) {
        this.headers = headers;
        return this;
    }

    @Override
    public Response toResponse(Conflict exception) {
        return ErrorResponses.message(409, ConflictMessage.of(exception, ApiLocale.of(headers)));
    }
}
