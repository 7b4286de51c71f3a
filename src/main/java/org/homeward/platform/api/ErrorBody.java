package org.homeward.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The body of every error answer of the API: the HTTP status, a sentence for people, and for a 400
 * the fields at fault. Never a stack trace or an exception's internal message.
 */
@JsonbPropertyOrder({"status", "message", "errors"})
public record ErrorBody(int status, String message, List<FieldMessage> errors) {

    public record FieldMessage(String field, String message) {
    }

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(status, message, null);
    }
}
