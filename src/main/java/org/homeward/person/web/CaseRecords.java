package org.homeward.person.web;

import org.homeward.person.Category;
import org.homeward.person.Circumstance;
import org.homeward.person.DatePrecision;
import org.homeward.person.HealthCondition;
import org.homeward.person.IdentificationStatus;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonRecord;
import org.homeward.person.Sex;
import org.homeward.person.Side;

/** A record as read, turned back into the form that revises it. */
final class CaseRecords {

    private CaseRecords() {
    }

    static PersonDetails toDetails(PersonRecord record) {
        PersonDetails details = new PersonDetails();
        details.setCategory(Category.valueOf(record.category()));
        details.setSide(Side.valueOf(record.side()));
        details.setOffice(record.office());
        details.setAssignedTo(record.assignedTo());
        details.setFamilyName(record.familyName());
        details.setGivenName(record.givenName());
        details.setPatronymic(record.patronymic());
        details.setFatherGivenName(record.fatherGivenName());
        details.setMotherMaidenName(record.motherMaidenName());
        details.setSex(record.sex() == null ? null : Sex.valueOf(record.sex()));
        details.setDateOfBirth(record.dateOfBirth());
        details.setDateOfBirthPrecision(record.dateOfBirthPrecision() == null ? null : DatePrecision.valueOf(record.dateOfBirthPrecision()));
        details.setEstimatedAge(record.estimatedAge());
        details.setPlaceOfBirth(record.placeOfBirth());
        details.setCitizenship(record.citizenship());
        details.setMilitaryRank(record.militaryRank());
        details.setMilitaryUnit(record.militaryUnit());
        details.setServiceBranch(record.serviceBranch());
        details.setServiceNumber(record.serviceNumber());
        details.setCircumstance(record.circumstance() == null ? null : Circumstance.valueOf(record.circumstance()));
        details.setCircumstanceDate(record.circumstanceDate());
        details.setCircumstancePlace(record.circumstancePlace());
        details.setOblast(record.oblast());
        details.setDetainingAuthority(record.detainingAuthority());
        details.setLastKnownLocation(record.lastKnownLocation());
        details.setCurrentLocation(record.currentLocation());
        details.setLocationConfirmedBy(record.locationConfirmedBy());
        details.setLocationConfirmedOn(record.locationConfirmedOn());
        details.setHealthCondition(record.healthCondition() == null ? null : HealthCondition.valueOf(record.healthCondition()));
        details.setSeriouslyWounded(record.seriouslyWounded());
        details.setMedicalNotes(record.medicalNotes());
        details.setSeparationCause(record.separationCause());
        details.setGuardian(record.guardian());
        details.setInstitutionOfOrigin(record.institutionOfOrigin());
        details.setPersonalStatusChanges(record.personalStatusChanges());
        details.setIdentityInDoubt(record.identityInDoubt());
        details.setIdentificationStatus(record.identificationStatus() == null ? null : IdentificationStatus.valueOf(record.identificationStatus()));
        details.setIdentificationMethod(record.identificationMethod());
        details.setTagNumber(record.tagNumber());
        details.setBurialPlace(record.burialPlace());
        details.setConsentTracing(record.consentTracing());
        details.setConsentSharing(record.consentSharing());
        details.setLegalBasis(record.legalBasis());
        details.setRestricted(record.restricted());
        details.setLatinFamilyName(record.transliterations().familyName());
        details.setLatinGivenName(record.transliterations().givenName());
        details.setLatinPatronymic(record.transliterations().patronymic());
        details.setAltLatinFamilyName(record.alternativeTransliterations().familyName());
        details.setAltLatinGivenName(record.alternativeTransliterations().givenName());
        details.setAltLatinPatronymic(record.alternativeTransliterations().patronymic());
        return details;
    }
}
