package org.homeward.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone a registration form, an imported list or a registered case describes, as far as finding the
 * same person elsewhere in the registry needs them. Names as written (any script); the date of birth
 * with its precision ({@code EXACT}, {@code MONTH}, {@code YEAR} or {@code ESTIMATED} with an age);
 * sex and side as the names of the registry's values; document and service numbers as written.
 */
public record Description(String familyName, String givenName, String patronymic, List<String> aliases,
        LocalDate birthDate, String birthPrecision, Integer estimatedAge, String sex, String side,
        List<String> documentNumbers, String serviceNumber) {

    public Description {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        documentNumbers = documentNumbers == null ? List.of() : List.copyOf(documentNumbers);
    }
}
