package org.homeward.person;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.homeward.platform.api.FlatParts;

/**
 * A person's full record as the caller may see it: what pages show and the API returns, made of the
 * same parts as {@link Person}. The API writes the parts' fields flat into the record, as its contract
 * has always had them. Medical notes are left out for callers who may not read them (only the assigned
 * caseworker and supervisors may).
 */
@JsonbTypeSerializer(FlatParts.class)
public record PersonRecord(
        long id,
        String caseNumber,
        String category,
        String side,
        String status,
        /** Confirmed dead: the case is the repatriation of the remains, whatever the category. */
        boolean deceased,
        long version,
        String office,
        String assignedTo,
        boolean restricted,
        List<String> aliases,
        List<Document> documents,
        Instant registeredAt,
        Instant updatedAt,
        boolean medicalNotesHidden,
        PersonName names,
        Origin origin,
        DateOfBirth birth,
        MilitaryService military,
        Circumstances circumstances,
        Whereabouts whereabouts,
        Health health,
        ChildDetails child,
        RemainsDetails remains,
        Consent consent) implements Serializable {

    public record Document(String type, String number, String issuingCountry) implements Serializable {
    }

    static PersonRecord of(Person person, boolean mayReadMedicalNotes) {
        return new PersonRecord(
                person.getId(),
                person.getCaseNumber(),
                person.getCategory().name(),
                person.getSide().name(),
                person.getStatus().name(),
                person.isDeceased(),
                person.getVersion(),
                person.getOffice().getCode(),
                person.getAssignedTo() == null ? null : person.getAssignedTo().getUsername(),
                person.isRestricted(),
                List.copyOf(person.getAliases()),
                person.getDocuments().stream()
                        .map(d -> new Document(d.getType().name(), d.getNumber(), d.getIssuingCountry())).toList(),
                person.getRegisteredAt(),
                person.getUpdatedAt(),
                !mayReadMedicalNotes && person.getHealth().hasMedicalNotes(),
                person.getNames(),
                person.getOrigin(),
                person.getBirth(),
                person.getMilitary(),
                person.getCircumstances(),
                person.getWhereabouts(),
                mayReadMedicalNotes ? person.getHealth() : person.getHealth().withoutMedicalNotes(),
                person.getChild(),
                person.getRemains(),
                person.getConsent());
    }
}
