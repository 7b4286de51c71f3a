package org.homeward.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an audited field (or every field of a class) as personal data: an auditor reads that it changed,
 * not its values, unless they reveal them with a stated reason. A field marked neither this nor
 * {@link NotPersonal} counts as personal, so that a field nobody thought about is hidden rather than shown.
 */
@Target({ElementType.FIELD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Personal {
}
