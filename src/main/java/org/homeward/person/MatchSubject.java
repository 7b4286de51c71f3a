package org.homeward.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.homeward.matching.Description;

/**
 * A person of the registry, or a form about to register one, as the matcher describes people: the
 * names as written and the aliases, the birth, sex, side, document and service numbers. Both the
 * saved record and the key table's backfill describe a person through here, so they key alike.
 */
public final class MatchSubject {

    private MatchSubject() {
    }

    /** The description of a record's parts. */
    public static Description of(PersonName names, DateOfBirth birth, Origin origin, MilitaryService military,
            Side side, Collection<String> aliases, Collection<String> documentNumbers) {
        DatePrecision precision = birth.getDateOfBirthPrecision();
        if (precision == null && birth.getDateOfBirth() != null) {
            precision = DatePrecision.EXACT;
        }
        return new Description(names.getFamilyName(), names.getGivenName(), names.getPatronymic(), List.copyOf(aliases),
                birth.getDateOfBirth(), precision == null ? null : precision.name(), birth.getEstimatedAge(),
                origin.getSex() == null ? null : origin.getSex().name(), side == null ? null : side.name(),
                List.copyOf(documentNumbers), military.getServiceNumber());
    }

    /** The description of a registered person. */
    static Description of(Person person) {
        return of(person.getNames(), person.getBirth(), person.getOrigin(), person.getMilitary(), person.getSide(),
                person.getAliases(), person.getDocuments().stream().map(IdentityDocument::getNumber).toList());
    }

    /** The description of what a registration form holds, before it is saved. */
    public static Description of(PersonDetails details) {
        return of(details.getNames(), details.getBirth(), details.getOrigin(), details.getMilitary(), details.getSide(),
                details.getAliases().stream().filter(alias -> alias != null && !alias.isBlank()).toList(),
                details.getDocuments().stream().map(IdentityDocument.Draft::number)
                        .filter(number -> number != null && !number.isBlank()).toList());
    }

    /** The day an estimated age of the record was counted from: the day it was registered. */
    static LocalDate estimatedOn(java.time.Instant registeredAt) {
        return LocalDate.ofInstant(registeredAt, java.time.ZoneOffset.UTC);
    }
}
