package org.homeward.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Messages;

/**
 * Errors JAX-RS itself raises (no such path, wrong method, unreadable body, a role rule on a
 * resource) get the same JSON error body as the application's own.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Inject
    DeniedRequests deniedRequests;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        Locale locale = ApiLocale.of(headers);
        // A body or parameter our readers refused arrives wrapped (a parameter's as a 404, by the JAX-RS rule).
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return ErrorResponses.invalid(invalid.errors(), locale);
            }
        }
        if (exception instanceof ForbiddenException || status == 403) {
            deniedRequests.record();
            return ErrorResponses.message(403, Messages.in(locale).get("error.forbidden"));
        }
        if (exception instanceof NotAuthorizedException || status == 401) {
            return ErrorResponses.message(401, Messages.in(locale).get("error.unauthenticated"));
        }
        String key = switch (status) {
            case 400 -> "error.badRequest";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 415 -> "error.unsupportedMediaType";
            default -> "error.unexpected";
        };
        return ErrorResponses.message(status, Messages.in(locale).get(key));
    }
}
