package org.homeward.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.homeward.platform.FieldError;
import org.homeward.platform.Messages;

/** Builds the API's error answers, in the language the client asked for (English by default). */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response json(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    static Response message(int status, String message) {
        return json(status, ErrorBody.of(status, message));
    }

    static Response invalid(List<FieldError> errors, Locale locale) {
        return withFields(400, "error.invalid", errors, locale);
    }

    static Response refused(List<FieldError> errors, Locale locale) {
        return withFields(403, "error.forbidden", errors, locale);
    }

    private static Response withFields(int status, String messageKey, List<FieldError> errors, Locale locale) {
        Messages messages = Messages.in(locale);
        List<ErrorBody.FieldMessage> fields = errors.stream()
                .map(e -> new ErrorBody.FieldMessage(e.field(), messages.get(e)))
                .toList();
        return json(status, new ErrorBody(status, messages.get(messageKey), fields));
    }
}
