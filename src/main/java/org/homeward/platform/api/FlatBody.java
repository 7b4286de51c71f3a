package org.homeward.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request body read as a map: the flat fields it may carry are those of {@link #value} (its own
 * properties and the fields of its parts, as {@link FlatParts} reads them), plus {@code version}; the
 * members of {@link #echoes} (a record as the API answers it) are accepted and ignored, so that a client
 * may send back what it read. {@link StrictJson} checks the body against them.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface FlatBody {

    Class<?> value();

    Class<? extends Record> echoes();
}
