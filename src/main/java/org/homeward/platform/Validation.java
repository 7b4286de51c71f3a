package org.homeward.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns Bean Validation results into field errors. Constraint messages are written as message keys
 * ("{user.username.pattern}") of the Homeward bundle, so the web page and the API word a problem the
 * same way, in the user's language.
 */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public List<FieldError> check(Object form) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(toFieldError(v)));
        return errors;
    }

    static FieldError toFieldError(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            return FieldError.of(field, template.substring(1, template.length() - 1));
        }
        return FieldError.of(field, "error.literal", violation.getMessage());
    }

    /** Throws everything found so far as one {@link InvalidInput}, or nothing when all is well. */
    public static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
