package org.homeward.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks a rule only the service can check (a username already taken, a password on the
 * list of common ones). Thrown before anything is written; the transaction is rolled back regardless.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("invalid input in " + errors.stream().map(FieldError::field).toList());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
