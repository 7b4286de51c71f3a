package org.homeward.history;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/**
 * Which audited fields hold personal data, read from the {@link Personal} and {@link NotPersonal} marks on
 * the field, else on the class that declares it, else on the field's own type (a part that is one value,
 * such as a date of birth). A field marked nowhere is personal: a new field stays hidden from auditors
 * until someone decides it may be shown.
 */
final class PersonalData {

    private PersonalData() {
    }

    /** Whether an auditor may read only that the field changed, not its values. */
    static boolean covers(Field field) {
        for (AnnotatedElement place : places(field)) {
            if (place.isAnnotationPresent(NotPersonal.class)) {
                return false;
            }
            if (place.isAnnotationPresent(Personal.class)) {
                return true;
            }
        }
        return true;
    }

    /** Whether anyone decided about the field (or its class or type) at all. */
    static boolean isClassified(Field field) {
        for (AnnotatedElement place : places(field)) {
            if (place.isAnnotationPresent(NotPersonal.class) || place.isAnnotationPresent(Personal.class)) {
                return true;
            }
        }
        return false;
    }

    private static AnnotatedElement[] places(Field field) {
        return new AnnotatedElement[] {field, field.getDeclaringClass(), field.getType()};
    }
}
