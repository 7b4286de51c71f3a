package org.homeward.person;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.PlainText;

/**
 * Everything a caseworker records about a person, as a form: the registration page and the API both
 * fill one and hand it to {@link PersonService}, which validates it whole before anything is written.
 * Field names are the API's.
 */
public class PersonDetails {

    @NotNull(message = "{person.category.required}")
    private Category category;

    @NotNull(message = "{person.side.required}")
    private Side side;

    @NotBlank(message = "{person.office.required}")
    private String office;

    /** Username of the caseworker the case is assigned to; none is allowed. */
    private String assignedTo;

    // names
    @NotBlank(message = "{person.familyName.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String familyName;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String givenName;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String patronymic;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String fatherGivenName;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String motherMaidenName;

    // birth and origin
    @NotNull(message = "{person.sex.required}")
    private Sex sex;
    @PastOrPresent(message = "{date.future}")
    private LocalDate dateOfBirth;
    private DatePrecision dateOfBirthPrecision;
    @PositiveOrZero(message = "{person.estimatedAge.range}")
    @Max(value = 130, message = "{person.estimatedAge.range}")
    private Integer estimatedAge;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String placeOfBirth;
    @Size(max = 60, message = "{text.tooLong}")
    @PlainText
    private String citizenship;

    // military
    @Size(max = 100, message = "{text.tooLong}")
    @PlainText
    private String militaryRank;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String militaryUnit;
    @Size(max = 100, message = "{text.tooLong}")
    @PlainText
    private String serviceBranch;
    @Size(max = 60, message = "{text.tooLong}")
    @PlainText
    private String serviceNumber;

    // circumstances of capture, detention, deportation, disappearance or death
    private Circumstance circumstance;
    @PastOrPresent(message = "{date.future}")
    private LocalDate circumstanceDate;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String circumstancePlace;
    @Size(max = 60, message = "{text.tooLong}")
    @PlainText
    private String oblast;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String detainingAuthority;

    // whereabouts
    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    private String lastKnownLocation;
    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    private String currentLocation;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String locationConfirmedBy;
    @PastOrPresent(message = "{date.future}")
    private LocalDate locationConfirmedOn;

    // health
    private HealthCondition healthCondition;
    private boolean seriouslyWounded;
    @Size(max = 4000, message = "{text.tooLong}")
    private String medicalNotes;

    // child
    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    private String separationCause;
    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    private String guardian;
    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    private String institutionOfOrigin;
    @Size(max = 1000, message = "{text.tooLong}")
    private String personalStatusChanges;
    private boolean identityInDoubt;

    // remains
    private IdentificationStatus identificationStatus;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String identificationMethod;
    @Size(max = 60, message = "{text.tooLong}")
    @PlainText
    private String tagNumber;
    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    private String burialPlace;

    // consent
    private boolean consentTracing;
    private boolean consentSharing;
    @Size(max = 500, message = "{text.tooLong}")
    @PlainText
    private String legalBasis;

    // access
    private boolean restricted;

    // Latin forms the caseworker corrected; empty ones are computed.
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String latinFamilyName;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String latinGivenName;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String latinPatronymic;
    // The second Latin form (BGN/PCGN, from the Russian spelling), corrected the same way.
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String altLatinFamilyName;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String altLatinGivenName;
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    private String altLatinPatronymic;

    @Size(max = 20, message = "{person.aliases.tooMany}")
    private List<@Size(max = 200, message = "{text.tooLong}") @PlainText String> aliases = new ArrayList<>();

    @Size(max = 20, message = "{person.documents.tooMany}")
    private List<IdentityDocument.Draft> documents = new ArrayList<>();

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office == null || office.isBlank() ? null : office.strip();
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(String assignedTo) {
        this.assignedTo = assignedTo == null || assignedTo.isBlank() ? null : assignedTo.strip();
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName == null || familyName.isBlank() ? null : familyName.strip();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName == null || givenName.isBlank() ? null : givenName.strip();
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = patronymic == null || patronymic.isBlank() ? null : patronymic.strip();
    }

    public String getFatherGivenName() {
        return fatherGivenName;
    }

    public void setFatherGivenName(String fatherGivenName) {
        this.fatherGivenName = fatherGivenName == null || fatherGivenName.isBlank() ? null : fatherGivenName.strip();
    }

    public String getMotherMaidenName() {
        return motherMaidenName;
    }

    public void setMotherMaidenName(String motherMaidenName) {
        this.motherMaidenName = motherMaidenName == null || motherMaidenName.isBlank() ? null : motherMaidenName.strip();
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public DatePrecision getDateOfBirthPrecision() {
        return dateOfBirthPrecision;
    }

    public void setDateOfBirthPrecision(DatePrecision dateOfBirthPrecision) {
        this.dateOfBirthPrecision = dateOfBirthPrecision;
    }

    public Integer getEstimatedAge() {
        return estimatedAge;
    }

    public void setEstimatedAge(Integer estimatedAge) {
        this.estimatedAge = estimatedAge;
    }

    public String getPlaceOfBirth() {
        return placeOfBirth;
    }

    public void setPlaceOfBirth(String placeOfBirth) {
        this.placeOfBirth = placeOfBirth == null || placeOfBirth.isBlank() ? null : placeOfBirth.strip();
    }

    public String getCitizenship() {
        return citizenship;
    }

    public void setCitizenship(String citizenship) {
        this.citizenship = citizenship == null || citizenship.isBlank() ? null : citizenship.strip();
    }

    public String getMilitaryRank() {
        return militaryRank;
    }

    public void setMilitaryRank(String militaryRank) {
        this.militaryRank = militaryRank == null || militaryRank.isBlank() ? null : militaryRank.strip();
    }

    public String getMilitaryUnit() {
        return militaryUnit;
    }

    public void setMilitaryUnit(String militaryUnit) {
        this.militaryUnit = militaryUnit == null || militaryUnit.isBlank() ? null : militaryUnit.strip();
    }

    public String getServiceBranch() {
        return serviceBranch;
    }

    public void setServiceBranch(String serviceBranch) {
        this.serviceBranch = serviceBranch == null || serviceBranch.isBlank() ? null : serviceBranch.strip();
    }

    public String getServiceNumber() {
        return serviceNumber;
    }

    public void setServiceNumber(String serviceNumber) {
        this.serviceNumber = serviceNumber == null || serviceNumber.isBlank() ? null : serviceNumber.strip();
    }

    public Circumstance getCircumstance() {
        return circumstance;
    }

    public void setCircumstance(Circumstance circumstance) {
        this.circumstance = circumstance;
    }

    public LocalDate getCircumstanceDate() {
        return circumstanceDate;
    }

    public void setCircumstanceDate(LocalDate circumstanceDate) {
        this.circumstanceDate = circumstanceDate;
    }

    public String getCircumstancePlace() {
        return circumstancePlace;
    }

    public void setCircumstancePlace(String circumstancePlace) {
        this.circumstancePlace = circumstancePlace == null || circumstancePlace.isBlank() ? null : circumstancePlace.strip();
    }

    public String getOblast() {
        return oblast;
    }

    public void setOblast(String oblast) {
        this.oblast = oblast == null || oblast.isBlank() ? null : oblast.strip();
    }

    public String getDetainingAuthority() {
        return detainingAuthority;
    }

    public void setDetainingAuthority(String detainingAuthority) {
        this.detainingAuthority = detainingAuthority == null || detainingAuthority.isBlank() ? null : detainingAuthority.strip();
    }

    public String getLastKnownLocation() {
        return lastKnownLocation;
    }

    public void setLastKnownLocation(String lastKnownLocation) {
        this.lastKnownLocation = lastKnownLocation == null || lastKnownLocation.isBlank() ? null : lastKnownLocation.strip();
    }

    public String getCurrentLocation() {
        return currentLocation;
    }

    public void setCurrentLocation(String currentLocation) {
        this.currentLocation = currentLocation == null || currentLocation.isBlank() ? null : currentLocation.strip();
    }

    public String getLocationConfirmedBy() {
        return locationConfirmedBy;
    }

    public void setLocationConfirmedBy(String locationConfirmedBy) {
        this.locationConfirmedBy = locationConfirmedBy == null || locationConfirmedBy.isBlank() ? null : locationConfirmedBy.strip();
    }

    public LocalDate getLocationConfirmedOn() {
        return locationConfirmedOn;
    }

    public void setLocationConfirmedOn(LocalDate locationConfirmedOn) {
        this.locationConfirmedOn = locationConfirmedOn;
    }

    public HealthCondition getHealthCondition() {
        return healthCondition;
    }

    public void setHealthCondition(HealthCondition healthCondition) {
        this.healthCondition = healthCondition;
    }

    public boolean isSeriouslyWounded() {
        return seriouslyWounded;
    }

    public void setSeriouslyWounded(boolean seriouslyWounded) {
        this.seriouslyWounded = seriouslyWounded;
    }

    public String getMedicalNotes() {
        return medicalNotes;
    }

    public void setMedicalNotes(String medicalNotes) {
        this.medicalNotes = medicalNotes == null || medicalNotes.isBlank() ? null : medicalNotes.strip();
    }

    public String getSeparationCause() {
        return separationCause;
    }

    public void setSeparationCause(String separationCause) {
        this.separationCause = separationCause == null || separationCause.isBlank() ? null : separationCause.strip();
    }

    public String getGuardian() {
        return guardian;
    }

    public void setGuardian(String guardian) {
        this.guardian = guardian == null || guardian.isBlank() ? null : guardian.strip();
    }

    public String getInstitutionOfOrigin() {
        return institutionOfOrigin;
    }

    public void setInstitutionOfOrigin(String institutionOfOrigin) {
        this.institutionOfOrigin = institutionOfOrigin == null || institutionOfOrigin.isBlank() ? null : institutionOfOrigin.strip();
    }

    public String getPersonalStatusChanges() {
        return personalStatusChanges;
    }

    public void setPersonalStatusChanges(String personalStatusChanges) {
        this.personalStatusChanges = personalStatusChanges == null || personalStatusChanges.isBlank() ? null : personalStatusChanges.strip();
    }

    public boolean isIdentityInDoubt() {
        return identityInDoubt;
    }

    public void setIdentityInDoubt(boolean identityInDoubt) {
        this.identityInDoubt = identityInDoubt;
    }

    public IdentificationStatus getIdentificationStatus() {
        return identificationStatus;
    }

    public void setIdentificationStatus(IdentificationStatus identificationStatus) {
        this.identificationStatus = identificationStatus;
    }

    public String getIdentificationMethod() {
        return identificationMethod;
    }

    public void setIdentificationMethod(String identificationMethod) {
        this.identificationMethod = identificationMethod == null || identificationMethod.isBlank() ? null : identificationMethod.strip();
    }

    public String getTagNumber() {
        return tagNumber;
    }

    public void setTagNumber(String tagNumber) {
        this.tagNumber = tagNumber == null || tagNumber.isBlank() ? null : tagNumber.strip();
    }

    public String getBurialPlace() {
        return burialPlace;
    }

    public void setBurialPlace(String burialPlace) {
        this.burialPlace = burialPlace == null || burialPlace.isBlank() ? null : burialPlace.strip();
    }

    public boolean isConsentTracing() {
        return consentTracing;
    }

    public void setConsentTracing(boolean consentTracing) {
        this.consentTracing = consentTracing;
    }

    public boolean isConsentSharing() {
        return consentSharing;
    }

    public void setConsentSharing(boolean consentSharing) {
        this.consentSharing = consentSharing;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public String getLatinFamilyName() {
        return latinFamilyName;
    }

    public void setLatinFamilyName(String latinFamilyName) {
        this.latinFamilyName = latinFamilyName;
    }

    public String getLatinGivenName() {
        return latinGivenName;
    }

    public void setLatinGivenName(String latinGivenName) {
        this.latinGivenName = latinGivenName;
    }

    public String getLatinPatronymic() {
        return latinPatronymic;
    }

    public void setLatinPatronymic(String latinPatronymic) {
        this.latinPatronymic = latinPatronymic;
    }

    public String getAltLatinFamilyName() {
        return altLatinFamilyName;
    }

    public void setAltLatinFamilyName(String altLatinFamilyName) {
        this.altLatinFamilyName = altLatinFamilyName;
    }

    public String getAltLatinGivenName() {
        return altLatinGivenName;
    }

    public void setAltLatinGivenName(String altLatinGivenName) {
        this.altLatinGivenName = altLatinGivenName;
    }

    public String getAltLatinPatronymic() {
        return altLatinPatronymic;
    }

    public void setAltLatinPatronymic(String altLatinPatronymic) {
        this.altLatinPatronymic = altLatinPatronymic;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public void setAliases(List<String> aliases) {
        this.aliases = aliases == null ? new ArrayList<>()
                : new ArrayList<>(aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList());
    }

    public List<IdentityDocument.Draft> getDocuments() {
        return documents;
    }

    public void setDocuments(List<IdentityDocument.Draft> documents) {
        this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
    }
}
