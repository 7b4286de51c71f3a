package org.homeward.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an audited field (or every field of a class) whose values say nothing about a person (a status,
 * a category, an office, a round, a code, who did it and when): auditors read them in a case's history.
 * On a field it outweighs {@link Personal} on its class.
 */
@Target({ElementType.FIELD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotPersonal {
}
