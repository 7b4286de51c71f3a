package org.homeward.person.api;

import java.util.List;
import org.homeward.person.Category;
import org.homeward.person.Circumstance;
import org.homeward.person.DatePrecision;
import org.homeward.person.HealthCondition;
import org.homeward.person.IdentificationStatus;
import org.homeward.person.IdentityDocument;
import org.homeward.person.DocumentType;
import org.homeward.person.PersonDetails;
import org.homeward.person.Sex;
import org.homeward.person.Side;
import org.homeward.platform.api.FieldParser;

/**
 * The body of POST and PUT /api/v1/persons. Choices and dates arrive as text, so that an unknown value
 * or an impossible date is answered with the field's name ("dateOfBirth: not a date") instead of a
 * parse error about the body as a whole.
 */
public record PersonRequest(
        String category,
        String side,
        String office,
        String assignedTo,
        String familyName,
        String givenName,
        String patronymic,
        String fatherGivenName,
        String motherMaidenName,
        String sex,
        String dateOfBirth,
        String dateOfBirthPrecision,
        Integer estimatedAge,
        String placeOfBirth,
        String citizenship,
        String militaryRank,
        String militaryUnit,
        String serviceBranch,
        String serviceNumber,
        String circumstance,
        String circumstanceDate,
        String circumstancePlace,
        String oblast,
        String detainingAuthority,
        String lastKnownLocation,
        String currentLocation,
        String locationConfirmedBy,
        String locationConfirmedOn,
        String healthCondition,
        Boolean seriouslyWounded,
        String medicalNotes,
        String separationCause,
        String guardian,
        String institutionOfOrigin,
        String personalStatusChanges,
        Boolean identityInDoubt,
        String identificationStatus,
        String identificationMethod,
        String tagNumber,
        String burialPlace,
        Boolean consentTracing,
        Boolean consentSharing,
        String legalBasis,
        Boolean restricted,
        String latinFamilyName,
        String latinGivenName,
        String latinPatronymic,
        String altLatinFamilyName,
        String altLatinGivenName,
        String altLatinPatronymic,
        List<String> aliases,
        List<DocumentRequest> documents,
        Long version) {

    public record DocumentRequest(String type, String number, String issuingCountry) {
    }

    PersonDetails toDetails() {
        FieldParser parser = new FieldParser();
        PersonDetails details = new PersonDetails();
        details.setCategory(parser.choice("category", Category.class, category));
        details.setSide(parser.choice("side", Side.class, side));
        details.setOffice(office);
        details.setAssignedTo(assignedTo);
        details.setFamilyName(familyName);
        details.setGivenName(givenName);
        details.setPatronymic(patronymic);
        details.setFatherGivenName(fatherGivenName);
        details.setMotherMaidenName(motherMaidenName);
        details.setSex(parser.choice("sex", Sex.class, sex));
        details.setDateOfBirth(parser.date("dateOfBirth", dateOfBirth));
        details.setDateOfBirthPrecision(parser.choice("dateOfBirthPrecision", DatePrecision.class, dateOfBirthPrecision));
        details.setEstimatedAge(estimatedAge);
        details.setPlaceOfBirth(placeOfBirth);
        details.setCitizenship(citizenship);
        details.setMilitaryRank(militaryRank);
        details.setMilitaryUnit(militaryUnit);
        details.setServiceBranch(serviceBranch);
        details.setServiceNumber(serviceNumber);
        details.setCircumstance(parser.choice("circumstance", Circumstance.class, circumstance));
        details.setCircumstanceDate(parser.date("circumstanceDate", circumstanceDate));
        details.setCircumstancePlace(circumstancePlace);
        details.setOblast(oblast);
        details.setDetainingAuthority(detainingAuthority);
        details.setLastKnownLocation(lastKnownLocation);
        details.setCurrentLocation(currentLocation);
        details.setLocationConfirmedBy(locationConfirmedBy);
        details.setLocationConfirmedOn(parser.date("locationConfirmedOn", locationConfirmedOn));
        details.setHealthCondition(parser.choice("healthCondition", HealthCondition.class, healthCondition));
        details.setSeriouslyWounded(Boolean.TRUE.equals(seriouslyWounded));
        details.setMedicalNotes(medicalNotes);
        details.setSeparationCause(separationCause);
        details.setGuardian(guardian);
        details.setInstitutionOfOrigin(institutionOfOrigin);
        details.setPersonalStatusChanges(personalStatusChanges);
        details.setIdentityInDoubt(Boolean.TRUE.equals(identityInDoubt));
        details.setIdentificationStatus(parser.choice("identificationStatus", IdentificationStatus.class, identificationStatus));
        details.setIdentificationMethod(identificationMethod);
        details.setTagNumber(tagNumber);
        details.setBurialPlace(burialPlace);
        details.setConsentTracing(Boolean.TRUE.equals(consentTracing));
        details.setConsentSharing(Boolean.TRUE.equals(consentSharing));
        details.setLegalBasis(legalBasis);
        details.setRestricted(Boolean.TRUE.equals(restricted));
        details.setLatinFamilyName(latinFamilyName);
        details.setLatinGivenName(latinGivenName);
        details.setLatinPatronymic(latinPatronymic);
        details.setAltLatinFamilyName(altLatinFamilyName);
        details.setAltLatinGivenName(altLatinGivenName);
        details.setAltLatinPatronymic(altLatinPatronymic);
        details.setAliases(aliases);
        if (documents != null) {
            for (int i = 0; i < documents.size(); i++) {
                DocumentRequest document = documents.get(i);
                if (document != null) {
                    details.getDocuments().add(new IdentityDocument.Draft(
                            parser.choice("documents[" + i + "].type", DocumentType.class, document.type()),
                            document.number(), document.issuingCountry()));
                }
            }
        }
        parser.rejectIfAnyFailed();
        return details;
    }
}
