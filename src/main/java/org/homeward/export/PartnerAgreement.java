package org.homeward.export;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;
import org.homeward.person.Category;
import org.homeward.platform.FieldError;

/**
 * A data-sharing agreement with a partner organisation: from when to when it holds, which export
 * profiles it grants, which categories of case and which offices it covers, and whether person-level
 * data may be shared at all. An export outside it is refused.
 */
@Entity
@Table(name = "partner_agreement")
@Audited
@NamedQuery(name = "PartnerAgreement.ofOrganisation",
        query = "select a from PartnerAgreement a where a.organisation.id = :organisation order by a.validTo desc, a.id desc")
@NamedQuery(name = "PartnerAgreement.all",
        query = "select a from PartnerAgreement a join fetch a.organisation order by a.organisation.name, a.validTo desc")
@NamedQuery(name = "PartnerAgreement.byReference", query = "select a from PartnerAgreement a where a.reference = :reference")
public class PartnerAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_agreement_seq")
    @SequenceGenerator(name = "partner_agreement_seq", sequenceName = "partner_agreement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private PartnerOrganisation organisation;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Convert(converter = CodeList.Profiles.class)
    @Column(nullable = false, length = 100)
    private Set<ExportProfile> profiles;

    @Convert(converter = CodeList.Categories.class)
    @Column(nullable = false, length = 100)
    private Set<Category> categories;

    /** Office codes, comma-separated; null covers every office. */
    @Column(length = 500)
    private String offices;

    @Column(name = "person_level", nullable = false)
    private boolean personLevel;

    protected PartnerAgreement() {
    }

    public PartnerAgreement(PartnerOrganisation organisation, Terms terms) {
        this.organisation = Objects.requireNonNull(organisation, "organisation is required");
        revise(terms);
    }

    /** What an agreement says, as one value. */
    public record Terms(String reference, LocalDate validFrom, LocalDate validTo, Set<ExportProfile> profiles,
                        Set<Category> categories, List<String> offices, boolean personLevel) {
        public Terms {
            Objects.requireNonNull(reference, "reference is required");
            Objects.requireNonNull(validFrom, "valid from is required");
            Objects.requireNonNull(validTo, "valid to is required");
            if (validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("an agreement ends after it begins");
            }
            if (profiles.contains(ExportProfile.FULL)) {
                throw new IllegalArgumentException("FULL is for internal use and is never granted to a partner");
            }
            profiles = Set.copyOf(profiles);
            categories = Set.copyOf(categories);
            offices = offices == null ? List.of() : List.copyOf(new TreeSet<>(offices));
        }
    }

    public final void revise(Terms terms) {
        this.reference = terms.reference();
        this.validFrom = terms.validFrom();
        this.validTo = terms.validTo();
        this.profiles = terms.profiles().isEmpty() ? EnumSet.noneOf(ExportProfile.class) : EnumSet.copyOf(terms.profiles());
        this.categories = terms.categories().isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(terms.categories());
        this.offices = terms.offices().isEmpty() ? null : String.join(",", terms.offices());
        this.personLevel = terms.personLevel();
    }

    /**
     * Ends the agreement before {@code today}, so that no export falls under it from now on; its terms
     * stay on file as they were signed. One that had not begun yet ends before it began: it never held.
     * Whether it changed (an agreement over already is left as it is).
     */
    public boolean endBefore(LocalDate today) {
        LocalDate lastDay = today.minusDays(1);
        if (validTo.isBefore(today)) {
            return false;
        }
        validTo = lastDay;
        if (validFrom.isAfter(lastDay)) {
            validFrom = lastDay;
        }
        return true;
    }

    /** Whether it still holds or will: what can be ended. */
    public boolean endsOnOrAfter(LocalDate day) {
        return !validTo.isBefore(day);
    }

    /**
     * Why this agreement does not allow an export of this profile over these categories on this day,
     * or empty when it does. The first reason found is given: expired or not yet valid, then the profile,
     * then person-level data, then the categories.
     */
    public Optional<FieldError> refusal(ExportProfile profile, Set<Category> asked, LocalDate today) {
        if (today.isAfter(validTo)) {
            return Optional.of(FieldError.of("agreement", "export.agreement.expired", reference, validTo.toString()));
        }
        if (today.isBefore(validFrom)) {
            return Optional.of(FieldError.of("agreement", "export.agreement.notYetValid", reference, validFrom.toString()));
        }
        if (!profiles.contains(profile)) {
            return Optional.of(FieldError.of("profile", "export.agreement.profileNotGranted", profile.name(), reference));
        }
        if (profile.personLevel() && !personLevel) {
            return Optional.of(FieldError.of("profile", "export.agreement.personLevelNotAllowed", reference));
        }
        for (Category category : asked) {
            if (!categories.contains(category)) {
                return Optional.of(FieldError.of("filters.category", "export.agreement.categoryNotCovered",
                        category.name(), reference));
            }
        }
        return Optional.empty();
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PartnerOrganisation getOrganisation() {
        return organisation;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Set<ExportProfile> getProfiles() {
        return Collections.unmodifiableSet(profiles);
    }

    public Set<Category> getCategories() {
        return Collections.unmodifiableSet(categories);
    }

    /** Office codes covered; empty: every office. */
    public List<String> getOffices() {
        return offices == null ? List.of() : Arrays.asList(offices.split(","));
    }

    public boolean isPersonLevel() {
        return personLevel;
    }
}
