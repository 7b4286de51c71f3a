package org.homeward.person;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.homeward.access.Office;
import org.homeward.access.UserAccount;
import org.homeward.matching.NameForms;
import org.homeward.workflow.RepatriationStatus;

/**
 * One individual the bureau is bringing home or holds for exchange: a prisoner of war, a detained
 * civilian, a deported child, or the remains of a fallen person. Information arrives piecemeal, so
 * only the family name, category, side, sex and office are required.
 */
@Entity
@Table(name = "person")
@Audited
@NamedQuery(name = "Person.findByCaseNumber", query = "select p from Person p where p.caseNumber = :caseNumber")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4, updatable = false)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RepatriationStatus status = RepatriationStatus.REPORTED;

    /** Confirmed dead: from then on the case is the repatriation of the remains. */
    @Column(name = "deceased", nullable = false)
    private boolean deceased;

    // names
    @Column(name = "family_name", length = 200, nullable = false)
    private String familyName;
    @Column(name = "given_name", length = 200)
    private String givenName;
    @Column(name = "patronymic", length = 200)
    private String patronymic;
    @Column(name = "father_given_name", length = 200)
    private String fatherGivenName;
    @Column(name = "mother_maiden_name", length = 200)
    private String motherMaidenName;

    // birth and origin
    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 20)
    private Sex sex;
    @Column(name = "birth_date")
    private LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    @Column(name = "birth_date_precision", length = 20)
    private DatePrecision dateOfBirthPrecision;
    @Column(name = "estimated_age")
    private Integer estimatedAge;
    @Column(name = "birth_place", length = 200)
    private String placeOfBirth;
    @Column(name = "citizenship", length = 60)
    private String citizenship;

    // military
    @Column(name = "military_rank", length = 100)
    private String militaryRank;
    @Column(name = "military_unit", length = 200)
    private String militaryUnit;
    @Column(name = "service_branch", length = 100)
    private String serviceBranch;
    @Column(name = "service_number", length = 60)
    private String serviceNumber;

    // circumstances of capture, detention, deportation, disappearance or death
    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", length = 20)
    private Circumstance circumstance;
    @Column(name = "event_date")
    private LocalDate circumstanceDate;
    @Column(name = "event_place", length = 200)
    private String circumstancePlace;
    @Column(name = "oblast", length = 60)
    private String oblast;
    @Column(name = "detaining_authority", length = 200)
    private String detainingAuthority;

    // whereabouts
    @Column(name = "last_known_location", length = 300)
    private String lastKnownLocation;
    @Column(name = "current_location", length = 300)
    private String currentLocation;
    @Column(name = "location_confirmed_by", length = 200)
    private String locationConfirmedBy;
    @Column(name = "location_confirmed_on")
    private LocalDate locationConfirmedOn;

    // health
    @Enumerated(EnumType.STRING)
    @Column(name = "health_condition", length = 20)
    private HealthCondition healthCondition;
    @Column(name = "seriously_wounded", nullable = false)
    private boolean seriouslyWounded;
    @Column(name = "medical_notes", length = 4000)
    private String medicalNotes;

    // child
    @Column(name = "separation_cause", length = 300)
    private String separationCause;
    @Column(name = "guardian", length = 300)
    private String guardian;
    @Column(name = "institution_of_origin", length = 300)
    private String institutionOfOrigin;
    @Column(name = "personal_status_changes", length = 1000)
    private String personalStatusChanges;
    @Column(name = "identity_in_doubt", nullable = false)
    private boolean identityInDoubt;

    // remains
    @Enumerated(EnumType.STRING)
    @Column(name = "identification_status", length = 20)
    private IdentificationStatus identificationStatus;
    @Column(name = "identification_method", length = 200)
    private String identificationMethod;
    @Column(name = "tag_number", length = 60)
    private String tagNumber;
    @Column(name = "burial_place", length = 300)
    private String burialPlace;

    // consent
    @Column(name = "consent_tracing", nullable = false)
    private boolean consentTracing;
    @Column(name = "consent_sharing", nullable = false)
    private boolean consentSharing;
    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    // access
    @Column(name = "restricted", nullable = false)
    private boolean restricted;

    // Latin forms: Ukrainian national system (passports) and BGN/PCGN; computed, then editable.
    @Column(name = "latin_family_name", length = 200)
    private String latinFamilyName;
    @Column(name = "latin_given_name", length = 200)
    private String latinGivenName;
    @Column(name = "latin_patronymic", length = 200)
    private String latinPatronymic;
    @Column(name = "alt_latin_family_name", length = 200)
    private String altLatinFamilyName;
    @Column(name = "alt_latin_given_name", length = 200)
    private String altLatinGivenName;
    @Column(name = "alt_latin_patronymic", length = 200)
    private String altLatinPatronymic;

    /** Other spellings the person is known under (the Russian form of a Ukrainian name, a misspelling on a list). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "alias", length = 200, nullable = false)
    private Set<String> aliases = new LinkedHashSet<>();

    // Derived from the names and documents and rebuilt with them, so not history of its own.
    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_search_term", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "term", length = 200, nullable = false)
    private Set<String> searchTerms = new LinkedHashSet<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IdentityDocument> documents = new ArrayList<>();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_to_id")
    private UserAccount assignedTo;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // When the case first reached these milestones: what the flow and time-to-repatriation reports count
    // (V8). Derived from the status history, which is audited, so not history of their own.
    @NotAudited
    @Column(name = "located_at")
    private Instant locatedAt;
    @NotAudited
    @Column(name = "repatriated_at")
    private Instant repatriatedAt;
    @NotAudited
    @Column(name = "reunited_at")
    private Instant reunitedAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String caseNumber, Category category, Side side, PersonDetails details, Office office,
                  UserAccount assignedTo, Instant now) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "case number is required");
        this.category = Objects.requireNonNull(category, "category is required");
        this.side = Objects.requireNonNull(side, "side is required");
        this.registeredAt = Objects.requireNonNull(now, "time is required");
        revise(details, office, assignedTo, now);
    }

    /**
     * Takes the details as they now stand. Latin forms left empty are computed from the names as
     * written; forms the caseworker typed are kept as typed.
     */
    public void revise(PersonDetails details, Office newOffice, UserAccount newAssignee, Instant now) {
        this.familyName = Objects.requireNonNull(details.getFamilyName(), "family name is required");
        this.sex = Objects.requireNonNull(details.getSex(), "sex is required");
        this.office = Objects.requireNonNull(newOffice, "office is required");
        this.assignedTo = newAssignee;
        this.givenName = details.getGivenName();
        this.patronymic = details.getPatronymic();
        this.fatherGivenName = details.getFatherGivenName();
        this.motherMaidenName = details.getMotherMaidenName();
        this.dateOfBirth = details.getDateOfBirth();
        this.dateOfBirthPrecision = details.getDateOfBirthPrecision();
        this.estimatedAge = details.getEstimatedAge();
        this.placeOfBirth = details.getPlaceOfBirth();
        this.citizenship = details.getCitizenship();
        this.militaryRank = details.getMilitaryRank();
        this.militaryUnit = details.getMilitaryUnit();
        this.serviceBranch = details.getServiceBranch();
        this.serviceNumber = details.getServiceNumber();
        this.circumstance = details.getCircumstance();
        this.circumstanceDate = details.getCircumstanceDate();
        this.circumstancePlace = details.getCircumstancePlace();
        this.oblast = details.getOblast();
        this.detainingAuthority = details.getDetainingAuthority();
        this.lastKnownLocation = details.getLastKnownLocation();
        this.currentLocation = details.getCurrentLocation();
        this.locationConfirmedBy = details.getLocationConfirmedBy();
        this.locationConfirmedOn = details.getLocationConfirmedOn();
        this.healthCondition = details.getHealthCondition();
        this.seriouslyWounded = details.isSeriouslyWounded();
        this.medicalNotes = details.getMedicalNotes();
        this.separationCause = details.getSeparationCause();
        this.guardian = details.getGuardian();
        this.institutionOfOrigin = details.getInstitutionOfOrigin();
        this.personalStatusChanges = details.getPersonalStatusChanges();
        this.identityInDoubt = details.isIdentityInDoubt();
        this.identificationStatus = details.getIdentificationStatus();
        this.identificationMethod = details.getIdentificationMethod();
        this.tagNumber = details.getTagNumber();
        this.burialPlace = details.getBurialPlace();
        this.consentTracing = details.isConsentTracing();
        this.consentSharing = details.isConsentSharing();
        this.legalBasis = details.getLegalBasis();
        this.restricted = details.isRestricted();
        NameForms family = NameForms.of(familyName);
        NameForms given = NameForms.of(givenName);
        NameForms father = NameForms.of(patronymic);
        this.latinFamilyName = orElse(details.getLatinFamilyName(), family.ukrainian());
        this.latinGivenName = orElse(details.getLatinGivenName(), given == null ? null : given.ukrainian());
        this.latinPatronymic = orElse(details.getLatinPatronymic(), father == null ? null : father.ukrainian());
        this.altLatinFamilyName = orElse(details.getAltLatinFamilyName(), family.russian());
        this.altLatinGivenName = orElse(details.getAltLatinGivenName(), given == null ? null : given.russian());
        this.altLatinPatronymic = orElse(details.getAltLatinPatronymic(), father == null ? null : father.russian());
        this.aliases.clear();
        this.aliases.addAll(details.getAliases());
        this.updatedAt = now;
    }

    /**
     * Moves the person to another status. Whether the move is allowed, and for whom, is the workflow's
     * rule ({@code StatusRules}); the person keeps what follows from it: a confirmed death stays on the
     * record until a supervisor reopens the case as living.
     */
    public void moveTo(RepatriationStatus to, Instant now) {
        Objects.requireNonNull(to, "status is required");
        if (to == RepatriationStatus.DECEASED) {
            deceased = true;
        } else if (status == RepatriationStatus.DECEASED && to.compareTo(RepatriationStatus.VERIFIED) <= 0) {
            deceased = false;
        }
        this.status = to;
        this.updatedAt = now;
        switch (to) {
            case LOCATED -> locatedAt = locatedAt == null ? now : locatedAt;
            case REPATRIATED -> repatriatedAt = repatriatedAt == null ? now : repatriatedAt;
            case REUNITED -> reunitedAt = reunitedAt == null ? now : reunitedAt;
            default -> { }
        }
    }

    /**
     * Takes the place of a custody event as the current whereabouts; whether an event may replace them is
     * the rule of {@code custody.Whereabouts}.
     */
    public void followCustodyTo(String place, Instant now) {
        this.currentLocation = Objects.requireNonNull(place, "place is required");
        this.updatedAt = now;
    }

    /** When the case first reached {@code LOCATED}, if it has. */
    public Instant getLocatedAt() {
        return locatedAt;
    }

    /** When the person was first repatriated, if they have been. */
    public Instant getRepatriatedAt() {
        return repatriatedAt;
    }

    /** When the person was first reunited with their family, if they have been. */
    public Instant getReunitedAt() {
        return reunitedAt;
    }

    /** Whether what is to be brought home is the person's remains: registered as such, or confirmed dead since. */
    public boolean isRemains() {
        return category == Category.REMAINS || deceased;
    }

    public boolean isDeceased() {
        return deceased;
    }

    /** Replaces the identity documents with those given (the form edits the whole list). */
    public void replaceDocuments(List<IdentityDocument.Draft> drafts) {
        documents.clear();
        for (IdentityDocument.Draft draft : drafts) {
            documents.add(new IdentityDocument(this, draft.type(), draft.number(), draft.issuingCountry()));
        }
    }

    /** Rebuilds the keys this person is found under, after the names or documents changed. */
    public void reindex() {
        searchTerms.clear();
        searchTerms.addAll(SearchTerms.of(this));
    }

    private static String orElse(String typed, String computed) {
        return typed == null || typed.isBlank() ? computed : typed.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Category getCategory() {
        return category;
    }

    public Side getSide() {
        return side;
    }

    public RepatriationStatus getStatus() {
        return status;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public String getFatherGivenName() {
        return fatherGivenName;
    }

    public String getMotherMaidenName() {
        return motherMaidenName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public DatePrecision getDateOfBirthPrecision() {
        return dateOfBirthPrecision;
    }

    public Integer getEstimatedAge() {
        return estimatedAge;
    }

    public String getPlaceOfBirth() {
        return placeOfBirth;
    }

    public String getCitizenship() {
        return citizenship;
    }

    public String getMilitaryRank() {
        return militaryRank;
    }

    public String getMilitaryUnit() {
        return militaryUnit;
    }

    public String getServiceBranch() {
        return serviceBranch;
    }

    public String getServiceNumber() {
        return serviceNumber;
    }

    public Circumstance getCircumstance() {
        return circumstance;
    }

    public LocalDate getCircumstanceDate() {
        return circumstanceDate;
    }

    public String getCircumstancePlace() {
        return circumstancePlace;
    }

    public String getOblast() {
        return oblast;
    }

    public String getDetainingAuthority() {
        return detainingAuthority;
    }

    public String getLastKnownLocation() {
        return lastKnownLocation;
    }

    public String getCurrentLocation() {
        return currentLocation;
    }

    public String getLocationConfirmedBy() {
        return locationConfirmedBy;
    }

    public LocalDate getLocationConfirmedOn() {
        return locationConfirmedOn;
    }

    public HealthCondition getHealthCondition() {
        return healthCondition;
    }

    public boolean isSeriouslyWounded() {
        return seriouslyWounded;
    }

    public String getMedicalNotes() {
        return medicalNotes;
    }

    public String getSeparationCause() {
        return separationCause;
    }

    public String getGuardian() {
        return guardian;
    }

    public String getInstitutionOfOrigin() {
        return institutionOfOrigin;
    }

    public String getPersonalStatusChanges() {
        return personalStatusChanges;
    }

    public boolean isIdentityInDoubt() {
        return identityInDoubt;
    }

    public IdentificationStatus getIdentificationStatus() {
        return identificationStatus;
    }

    public String getIdentificationMethod() {
        return identificationMethod;
    }

    public String getTagNumber() {
        return tagNumber;
    }

    public String getBurialPlace() {
        return burialPlace;
    }

    public boolean isConsentTracing() {
        return consentTracing;
    }

    public boolean isConsentSharing() {
        return consentSharing;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public String getLatinFamilyName() {
        return latinFamilyName;
    }

    public String getLatinGivenName() {
        return latinGivenName;
    }

    public String getLatinPatronymic() {
        return latinPatronymic;
    }

    public String getAltLatinFamilyName() {
        return altLatinFamilyName;
    }

    public String getAltLatinGivenName() {
        return altLatinGivenName;
    }

    public String getAltLatinPatronymic() {
        return altLatinPatronymic;
    }

    public Set<String> getAliases() {
        return Collections.unmodifiableSet(aliases);
    }

    public List<IdentityDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public Office getOffice() {
        return office;
    }

    public UserAccount getAssignedTo() {
        return assignedTo;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Whether the person is assigned to this user. */
    public boolean isAssignedTo(String username) {
        return assignedTo != null && assignedTo.getUsername().equals(username);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person person && caseNumber.equals(person.caseNumber);
    }

    @Override
    public int hashCode() {
        return caseNumber.hashCode();
    }
}
