package org.homeward.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One problem with one field of a form or request: the field's name as the user and the API know it,
 * and a message key (resource bundle {@code org.homeward.i18n.messages}) with its arguments.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) implements Serializable {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
