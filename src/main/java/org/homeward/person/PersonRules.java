package org.homeward.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.FieldError;

/**
 * The rules that tie parts of a person's record together, beyond what each part says of itself. Plain
 * Java: every rule is a fast unit test.
 */
final class PersonRules {

    static final int CHILD_AGE_LIMIT = 18;

    private PersonRules() {
    }

    static List<FieldError> check(PersonDetails details, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(details.getBirth().problems());
        LocalDate born = details.getBirth().getDateOfBirth();
        Integer estimatedAge = details.getBirth().getEstimatedAge();
        LocalDate event = details.getCircumstances().getCircumstanceDate();
        if (born != null && event != null && event.isBefore(born)) {
            errors.add(FieldError.of("dateOfBirth", "person.dateOfBirth.afterCircumstance"));
        }
        if (details.getCategory() == Category.CHILD) {
            // A child case is about someone under 18 when separated (or now, when the date is unknown).
            LocalDate at = event != null ? event : today;
            if (born != null && !at.isBefore(born) && Period.between(born, at).getYears() >= CHILD_AGE_LIMIT) {
                errors.add(FieldError.of("dateOfBirth", "person.child.tooOld", CHILD_AGE_LIMIT));
            }
            if (born == null && estimatedAge != null && estimatedAge >= CHILD_AGE_LIMIT) {
                errors.add(FieldError.of("estimatedAge", "person.child.tooOld", CHILD_AGE_LIMIT));
            }
        }
        List<IdentityDocument.Draft> documents = details.getDocuments();
        for (int i = 0; i < documents.size(); i++) {
            IdentityDocument.Draft document = documents.get(i);
            if (document == null || document.type() == null) {
                errors.add(FieldError.of("documents[" + i + "].type", "person.document.typeRequired"));
            } else if (document.number() == null || document.number().isBlank()) {
                errors.add(FieldError.of("documents[" + i + "].number", "person.document.numberRequired"));
            } else if (!document.type().fits(document.number())) {
                errors.add(FieldError.of("documents[" + i + "].number", "person.document.numberShape",
                        document.number().length() > 60 ? document.number().substring(0, 60) + "…" : document.number(),
                        document.type().name()));
            }
        }
        return errors;
    }
}
