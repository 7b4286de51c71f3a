package org.homeward.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.homeward.platform.FieldError;

/**
 * Bean Validation failed on a request body or parameter: 400 naming each field. The field is the last
 * node of the property path ("arg0.username" → "username"), which is the name in the JSON body.
 * Message keys come from ValidationMessages via the constraint's message template.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ConstraintViolationMapper::toFieldError)
                .toList();
        if (errors.isEmpty()) {
            return ErrorResponses.message(400, "invalid request");
        }
        return ErrorResponses.invalid(errors, ApiLocale.of(headers));
    }

    static FieldError toFieldError(ConstraintViolation<?> violation) {
        String field = "request";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD
                    && node.getKind() != jakarta.validation.ElementKind.PARAMETER) {
                field = node.getName();
            }
        }
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            return FieldError.of(field, template.substring(1, template.length() - 1));
        }
        return FieldError.of(field, "error.literal", violation.getMessage());
    }
}
