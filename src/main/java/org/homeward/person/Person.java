package org.homeward.person;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.homeward.matching.BlockingKeys;
import org.homeward.matching.MatchProfile;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

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
    @NotPersonal
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    @NotPersonal
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4, updatable = false)
    @NotPersonal
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @NotPersonal
    private RepatriationStatus status = RepatriationStatus.REPORTED;

    /** Confirmed dead: from then on the case is the repatriation of the remains. */
    @Column(name = "deceased", nullable = false)
    @NotPersonal
    private boolean deceased;

    @Embedded
    private PersonName names = new PersonName();

    @Embedded
    private Origin origin = new Origin();

    @Embedded
    private DateOfBirth birth = new DateOfBirth();

    @Embedded
    private MilitaryService military = new MilitaryService();

    @Embedded
    private Circumstances circumstances = new Circumstances();

    @Embedded
    private Whereabouts whereabouts = new Whereabouts();

    @Embedded
    private Health health = new Health();

    @Embedded
    private ChildDetails child = new ChildDetails();

    @Embedded
    private RemainsDetails remains = new RemainsDetails();

    @Embedded
    private Consent consent = new Consent();

    @Column(name = "restricted", nullable = false)
    @NotPersonal
    private boolean restricted;

    /** Other spellings the person is known under (the Russian form of a Ukrainian name, a misspelling on a list). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "alias", length = 200, nullable = false)
    @Personal
    private Set<String> aliases = new LinkedHashSet<>();

    // Derived from the names and documents and rebuilt with them, so not history of its own.
    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_search_term", joinColumns = @JoinColumn(name = "person_id"))
    private Set<IndexedTerm> searchTerms = new LinkedHashSet<>();

    // The matcher's blocking keys (matching/BlockingKeys), derived like the search terms.
    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_match_key", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "match_key", length = BlockingKeys.MAX_LENGTH, nullable = false)
    private Set<String> matchKeys = new LinkedHashSet<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @NotPersonal
    private List<IdentityDocument> documents = new ArrayList<>();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", nullable = false)
    @NotPersonal
    private Office office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_to_id")
    @NotPersonal
    private UserAccount assignedTo;

    @Column(name = "registered_at", nullable = false, updatable = false)
    @NotPersonal
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
        Objects.requireNonNull(details.getNames().getFamilyName(), "family name is required");
        Objects.requireNonNull(details.getOrigin().getSex(), "sex is required");
        this.office = Objects.requireNonNull(newOffice, "office is required");
        this.assignedTo = newAssignee;
        details.getNames().completeLatinForms();
        this.names = details.getNames();
        this.origin = details.getOrigin();
        this.birth = details.getBirth();
        this.military = details.getMilitary();
        this.circumstances = details.getCircumstances();
        this.whereabouts = details.getWhereabouts();
        this.health = details.getHealth();
        this.child = details.getChild();
        this.remains = details.getRemains();
        this.consent = details.getConsent();
        this.restricted = details.isRestricted();
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
        whereabouts = getWhereabouts();
        whereabouts.setCurrentLocation(Objects.requireNonNull(place, "place is required"));
        this.updatedAt = now;
    }

    /**
     * Takes the duplicate's value of each of {@code fromDuplicate}, merging the duplicate's record into
     * this one; the duplicate's names become aliases of this record, so it is still found by them.
     */
    public void takeOver(Person duplicate, Set<MergedField> fromDuplicate, Instant now) {
        PersonName ownNames = getNames();
        PersonName theirs = duplicate.getNames();
        boolean namesChange = false;
        for (MergedField field : fromDuplicate) {
            switch (field) {
                case FAMILY_NAME -> {
                    ownNames.setFamilyName(theirs.getFamilyName());
                    namesChange = true;
                }
                case GIVEN_NAME -> {
                    ownNames.setGivenName(theirs.getGivenName());
                    namesChange = true;
                }
                case PATRONYMIC -> {
                    ownNames.setPatronymic(theirs.getPatronymic());
                    namesChange = true;
                }
                case SEX -> ownOrigin().setSex(duplicate.getOrigin().getSex());
                case DATE_OF_BIRTH -> {
                    // A copy: one embedded value belongs to one record.
                    DateOfBirth taken = new DateOfBirth();
                    taken.setDateOfBirth(duplicate.getBirth().getDateOfBirth());
                    taken.setDateOfBirthPrecision(duplicate.getBirth().getDateOfBirthPrecision());
                    taken.setEstimatedAge(duplicate.getBirth().getEstimatedAge());
                    birth = taken;
                }
                case PLACE_OF_BIRTH -> ownOrigin().setPlaceOfBirth(duplicate.getOrigin().getPlaceOfBirth());
                case CITIZENSHIP -> ownOrigin().setCitizenship(duplicate.getOrigin().getCitizenship());
                case MILITARY_RANK -> ownMilitary().setMilitaryRank(duplicate.getMilitary().getMilitaryRank());
                case MILITARY_UNIT -> ownMilitary().setMilitaryUnit(duplicate.getMilitary().getMilitaryUnit());
                case SERVICE_NUMBER -> ownMilitary().setServiceNumber(duplicate.getMilitary().getServiceNumber());
            }
        }
        if (namesChange) {
            // The Latin forms follow the names taken; computed again from them.
            ownNames.setLatinFamilyName(null);
            ownNames.setLatinGivenName(null);
            ownNames.setLatinPatronymic(null);
            ownNames.setAltLatinFamilyName(null);
            ownNames.setAltLatinGivenName(null);
            ownNames.setAltLatinPatronymic(null);
            ownNames.completeLatinForms();
        }
        names = ownNames;
        String theirFullName = theirs.getFullName();
        if (theirFullName != null && !theirFullName.equals(ownNames.getFullName())) {
            aliases.add(theirFullName.length() > 200 ? theirFullName.substring(0, 200) : theirFullName);
        }
        aliases.addAll(duplicate.getAliases());
        aliases.remove(ownNames.getFullName());
        this.updatedAt = now;
        reindex();
    }

    /** The record's own origin, to change in place (Hibernate loads an all-empty group as null). */
    private Origin ownOrigin() {
        origin = getOrigin();
        return origin;
    }

    /** The record's own military service, to change in place. */
    private MilitaryService ownMilitary() {
        military = getMilitary();
        return military;
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

    /**
     * Rebuilds the keys this person is found and matched under, after the names, birth, documents, office,
     * assignee or restricted flag changed: each search key carries copies of the latter (see {@link IndexedTerm}).
     */
    public void reindex() {
        searchTerms.clear();
        Long assignee = assignedTo == null ? null : assignedTo.getId();
        for (String term : SearchTerms.of(this)) {
            searchTerms.add(new IndexedTerm(term, registeredAt, office.getId(), restricted, assignee));
        }
        matchKeys.clear();
        matchKeys.addAll(matchKeys());
    }

    /** The matcher's blocking keys of the record as it stands; an estimated age counts from the registration day. */
    Set<String> matchKeys() {
        return BlockingKeys.stored(MatchProfile.of(MatchSubject.of(this), MatchSubject.estimatedOn(registeredAt)));
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

    /** The names as written and their Latin forms. */
    public PersonName getNames() {
        // Hibernate loads a group whose columns are all empty as null.
        return names == null ? new PersonName() : names;
    }

    /** Sex, place of birth, citizenship. */
    public Origin getOrigin() {
        return origin == null ? new Origin() : origin;
    }

    /** The date of birth as far as it is known. */
    public DateOfBirth getBirth() {
        return birth == null ? new DateOfBirth() : birth;
    }

    /** Military service. */
    public MilitaryService getMilitary() {
        return military == null ? new MilitaryService() : military;
    }

    /** How the person came to be missing, held or dead. */
    public Circumstances getCircumstances() {
        return circumstances == null ? new Circumstances() : circumstances;
    }

    /** Where the person was and is. */
    public Whereabouts getWhereabouts() {
        return whereabouts == null ? new Whereabouts() : whereabouts;
    }

    /** State of health; its medical notes are for the assigned caseworker and supervisors only. */
    public Health getHealth() {
        return health == null ? new Health() : health;
    }

    /** What matters for a child. */
    public ChildDetails getChild() {
        return child == null ? new ChildDetails() : child;
    }

    /** What identifies the remains. */
    public RemainsDetails getRemains() {
        return remains == null ? new RemainsDetails() : remains;
    }

    /** Consent to tracing and sharing. */
    public Consent getConsent() {
        return consent == null ? new Consent() : consent;
    }

    public boolean isRestricted() {
        return restricted;
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
