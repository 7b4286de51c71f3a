package org.homeward.export.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.access.OfficeService;
import org.homeward.access.OfficeRow;
import org.homeward.platform.Role;
import org.homeward.access.UserService;
import org.homeward.export.AgreementForm;
import org.homeward.export.AgreementRecord;
import org.homeward.export.ExportProfile;
import org.homeward.export.OrganisationRecord;
import org.homeward.export.PartnerService;
import org.homeward.person.Category;
import org.homeward.platform.web.PageMessages;

/**
 * Partner organisations and their data-sharing agreements. Administrators register and describe the
 * organisations and say which PARTNER users speak for them; supervisors of the head office record,
 * revise and end the agreements. Everyone else who may open the page reads it. The services decide;
 * the page only offers what they would allow.
 */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerService partners;

    @Inject
    UserService users;

    @Inject
    OfficeService offices;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private List<OrganisationRecord> organisations;
    private Long selectedId;

    /** The organisation being registered (id null) or described anew. */
    private OrganisationDraft organisation;
    private String member;
    private List<String> partnerUsers;

    /** The agreement being recorded (id null) or revised. */
    private AgreementDraft agreement;
    private List<OfficeRow> officeChoices;

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** Supervisors of the head office keep the agreements. */
    public boolean isAgreementKeeper() {
        return currentUser.hasRole(Role.SUPERVISOR) && currentUser.scope().seesAllOffices();
    }

    public List<OrganisationRecord> getOrganisations() {
        if (organisations == null) {
            organisations = partners.organisations();
        }
        return organisations;
    }

    public OrganisationRecord getSelected() {
        return selectedId == null ? null
                : getOrganisations().stream().filter(o -> o.id() == selectedId).findFirst().orElse(null);
    }

    public void select(OrganisationRecord chosen) {
        selectedId = chosen.id();
        organisation = null;
        agreement = null;
        member = null;
    }

    public void newOrganisation() {
        organisation = new OrganisationDraft();
        agreement = null;
    }

    public void editOrganisation(OrganisationRecord chosen) {
        select(chosen);
        organisation = new OrganisationDraft();
        organisation.id = chosen.id();
        organisation.name = chosen.name();
        organisation.country = chosen.country();
        organisation.contact = chosen.contact();
        organisation.version = chosen.version();
    }

    public void saveOrganisation() {
        OrganisationRecord saved = messages.submit("organisationForm", () -> organisation.id == null
                ? partners.createOrganisation(organisation.name, organisation.country, organisation.contact)
                : partners.updateOrganisation(organisation.id, organisation.name, organisation.country,
                organisation.contact, organisation.version));
        if (saved != null) {
            messages.info(organisation.id == null ? "partner.created" : "partner.saved", saved.name());
            organisation = null;
            organisations = null;
            selectedId = saved.id();
        }
    }

    public void cancelOrganisation() {
        organisation = null;
    }

    /** PARTNER users an administrator may name as speaking for an organisation. */
    public List<String> getPartnerUsers() {
        if (partnerUsers == null) {
            partnerUsers = users.list().stream().filter(u -> u.active() && u.roles().contains(Role.PARTNER))
                    .map(u -> u.username()).sorted().toList();
        }
        return partnerUsers;
    }

    public void addMember() {
        OrganisationRecord saved = messages.submit("memberForm", () -> partners.addMember(selectedId, member));
        if (saved != null) {
            messages.info("partner.member.added", member, saved.name());
            member = null;
            organisations = null;
        }
    }

    /** Confirmed on the page first: the user can no longer export from the moment this returns. */
    public void removeMember(String username) {
        OrganisationRecord saved = messages.submit("memberForm", () -> partners.removeMember(selectedId, username));
        if (saved != null) {
            messages.info("partner.member.removed", username, saved.name());
            organisations = null;
        }
    }

    public void newAgreement() {
        agreement = new AgreementDraft();
        organisation = null;
    }

    public void editAgreement(AgreementRecord chosen) {
        agreement = new AgreementDraft();
        agreement.id = chosen.id();
        agreement.reference = chosen.reference();
        agreement.validFrom = chosen.validFrom().toString();
        agreement.validTo = chosen.validTo().toString();
        agreement.profiles = new ArrayList<>(chosen.profiles().stream().map(Enum::name).toList());
        agreement.categories = new ArrayList<>(chosen.categories().stream().map(Enum::name).toList());
        agreement.offices = new ArrayList<>(chosen.offices());
        agreement.personLevel = chosen.personLevel();
        agreement.version = chosen.version();
        organisation = null;
    }

    public void saveAgreement() {
        AgreementForm form = new AgreementForm(agreement.reference, agreement.validFrom, agreement.validTo, agreement.profiles,
                agreement.categories, agreement.offices, agreement.personLevel, agreement.version);
        AgreementRecord saved = messages.submit("agreementForm", () -> agreement.id == null
                ? partners.createAgreement(selectedId, form) : partners.reviseAgreement(selectedId, agreement.id, form));
        if (saved != null) {
            messages.info(agreement.id == null ? "partner.agreement.created" : "partner.agreement.saved", saved.reference());
            agreement = null;
            organisations = null;
        }
    }

    public void cancelAgreement() {
        agreement = null;
    }

    public void endAgreement(AgreementRecord chosen) {
        AgreementRecord ended = messages.submit("agreementsForm",
                () -> partners.endAgreement(selectedId, chosen.id(), chosen.version()));
        if (ended != null) {
            messages.info("partner.agreement.ended", ended.reference(), ended.validTo().toString());
            agreement = null;
            organisations = null;
        }
    }

    /** The page's day, for which agreements can still be ended. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public List<String> getProfileChoices() {
        return List.of(ExportProfile.AGGREGATE.name(), ExportProfile.PARTNER_MINIMAL.name());
    }

    public List<String> getCategoryChoices() {
        return Arrays.stream(Category.values()).map(Enum::name).toList();
    }

    public List<OfficeRow> getOfficeChoices() {
        if (officeChoices == null) {
            officeChoices = offices.list();
        }
        return officeChoices;
    }

    public OrganisationDraft getOrganisation() {
        return organisation;
    }

    public AgreementDraft getAgreement() {
        return agreement;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    /** What the organisation form holds until saved. */
    public static class OrganisationDraft implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String name;
        private String country;
        private String contact;
        private long version;

        public boolean isNew() {
            return id == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getContact() {
            return contact;
        }

        public void setContact(String contact) {
            this.contact = contact;
        }
    }

    /** What the agreement form holds until saved: dates as typed, the service parses them. */
    public static class AgreementDraft implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String reference;
        private String validFrom;
        private String validTo;
        private List<String> profiles = new ArrayList<>();
        private List<String> categories = new ArrayList<>();
        private List<String> offices = new ArrayList<>();
        private boolean personLevel;
        private Long version;

        public boolean isNew() {
            return id == null;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(String validFrom) {
            this.validFrom = validFrom;
        }

        public String getValidTo() {
            return validTo;
        }

        public void setValidTo(String validTo) {
            this.validTo = validTo;
        }

        public List<String> getProfiles() {
            return profiles;
        }

        public void setProfiles(List<String> profiles) {
            this.profiles = profiles;
        }

        public List<String> getCategories() {
            return categories;
        }

        public void setCategories(List<String> categories) {
            this.categories = categories;
        }

        public List<String> getOffices() {
            return offices;
        }

        public void setOffices(List<String> offices) {
            this.offices = offices;
        }

        public boolean isPersonLevel() {
            return personLevel;
        }

        public void setPersonLevel(boolean personLevel) {
            this.personLevel = personLevel;
        }
    }
}
