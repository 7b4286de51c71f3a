package org.homeward.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's full record as the caller may see it: what pages show and the API returns. Medical notes
 * are left out for callers who may not read them (only the assigned caseworker and supervisors may).
 */
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
        Transliterations transliterations,
        Transliterations alternativeTransliterations,
        List<String> aliases,
        List<Document> documents,
        Instant registeredAt,
        Instant updatedAt,
        boolean medicalNotesHidden,
        String familyName,
        String givenName,
        String patronymic,
        String fatherGivenName,
        String motherMaidenName,
        String sex,
        LocalDate dateOfBirth,
        String dateOfBirthPrecision,
        Integer estimatedAge,
        String placeOfBirth,
        String citizenship,
        String militaryRank,
        String militaryUnit,
        String serviceBranch,
        String serviceNumber,
        String circumstance,
        LocalDate circumstanceDate,
        String circumstancePlace,
        String oblast,
        String detainingAuthority,
        String lastKnownLocation,
        String currentLocation,
        String locationConfirmedBy,
        LocalDate locationConfirmedOn,
        String healthCondition,
        boolean seriouslyWounded,
        String medicalNotes,
        String separationCause,
        String guardian,
        String institutionOfOrigin,
        String personalStatusChanges,
        boolean identityInDoubt,
        String identificationStatus,
        String identificationMethod,
        String tagNumber,
        String burialPlace,
        boolean consentTracing,
        boolean consentSharing,
        String legalBasis,
        boolean restricted) {

    /** The Latin forms of the three names under one system. */
    public record Transliterations(String familyName, String givenName, String patronymic) {
    }

    public record Document(String type, String number, String issuingCountry) {
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
                new Transliterations(person.getLatinFamilyName(), person.getLatinGivenName(), person.getLatinPatronymic()),
                new Transliterations(person.getAltLatinFamilyName(), person.getAltLatinGivenName(), person.getAltLatinPatronymic()),
                List.copyOf(person.getAliases()),
                person.getDocuments().stream()
                        .map(d -> new Document(d.getType().name(), d.getNumber(), d.getIssuingCountry())).toList(),
                person.getRegisteredAt(),
                person.getUpdatedAt(),
                !mayReadMedicalNotes && person.getMedicalNotes() != null,
                person.getFamilyName(),
                person.getGivenName(),
                person.getPatronymic(),
                person.getFatherGivenName(),
                person.getMotherMaidenName(),
                person.getSex() == null ? null : person.getSex().name(),
                person.getDateOfBirth(),
                person.getDateOfBirthPrecision() == null ? null : person.getDateOfBirthPrecision().name(),
                person.getEstimatedAge(),
                person.getPlaceOfBirth(),
                person.getCitizenship(),
                person.getMilitaryRank(),
                person.getMilitaryUnit(),
                person.getServiceBranch(),
                person.getServiceNumber(),
                person.getCircumstance() == null ? null : person.getCircumstance().name(),
                person.getCircumstanceDate(),
                person.getCircumstancePlace(),
                person.getOblast(),
                person.getDetainingAuthority(),
                person.getLastKnownLocation(),
                person.getCurrentLocation(),
                person.getLocationConfirmedBy(),
                person.getLocationConfirmedOn(),
                person.getHealthCondition() == null ? null : person.getHealthCondition().name(),
                person.isSeriouslyWounded(),
                mayReadMedicalNotes ? person.getMedicalNotes() : null,
                person.getSeparationCause(),
                person.getGuardian(),
                person.getInstitutionOfOrigin(),
                person.getPersonalStatusChanges(),
                person.isIdentityInDoubt(),
                person.getIdentificationStatus() == null ? null : person.getIdentificationStatus().name(),
                person.getIdentificationMethod(),
                person.getTagNumber(),
                person.getBurialPlace(),
                person.isConsentTracing(),
                person.isConsentSharing(),
                person.getLegalBasis(),
                person.isRestricted());
    }
}
