package org.homeward.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.access.CurrentUser;
import org.homeward.access.Office;
import org.homeward.access.OfficeRepository;
import org.homeward.platform.Role;
import org.homeward.access.UserAccount;
import org.homeward.access.UserRepository;
import org.homeward.audit.ChangeReason;
import org.homeward.audit.LastChange;
import org.homeward.person.Category;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.FieldError;
import org.homeward.platform.PlausibleDay;
import org.homeward.platform.FreeText;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotFound;
import org.homeward.platform.Validation;

/**
 * Partner organisations and their data-sharing agreements. Administrators keep the organisations and
 * who speaks for them; supervisors of the head office, who answer for what leaves the bureau, keep the
 * agreements. Every change is audited (Envers).
 */
@Stateless
public class PartnerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserRepository users;

    @Inject
    OfficeRepository offices;

    @Inject
    ChangeReason changeReason;

    @Inject
    LastChange lastChange;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
    public List<OrganisationRecord> organisations() {
        return em.createNamedQuery("PartnerOrganisation.all", PartnerOrganisation.class).getResultList().stream()
                .map(this::view).toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
    public OrganisationRecord organisation(long id) {
        return view(requireOrganisation(id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public OrganisationRecord createOrganisation(String name, String country, String contact) {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = describe(name, country, contact, errors);
        if (cleanName != null && !em.createNamedQuery("PartnerOrganisation.byName", PartnerOrganisation.class)
                .setParameter("name", cleanName).getResultList().isEmpty()) {
            errors.add(FieldError.of("name", "partner.name.taken"));
        }
        Validation.reject(errors);
        PartnerOrganisation organisation = new PartnerOrganisation(cleanName, FreeText.clean(country), FreeText.clean(contact));
        changeReason.set("partner organisation registered");
        em.persist(organisation);
        em.flush();
        return view(organisation);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public OrganisationRecord updateOrganisation(long id, String name, String country, String contact, long versionRead) {
        PartnerOrganisation organisation = requireOrganisation(id);
        List<FieldError> errors = new ArrayList<>();
        String cleanName = describe(name, country, contact, errors);
        Validation.reject(errors);
        if (organisation.getVersion() != versionRead) {
            throw lastChange.conflictOn(PartnerOrganisation.class, id);
        }
        organisation.describe(cleanName, FreeText.clean(country), FreeText.clean(contact));
        ConcurrentSave.flush(em);
        return view(organisation);
    }

    /** Makes a PARTNER user speak for this organisation (and no longer for another). */
    @RolesAllowed(Role.Names.ADMIN)
    public OrganisationRecord addMember(long organisationId, String username) {
        PartnerOrganisation organisation = requireOrganisation(organisationId);
        UserAccount user = requireUser(username);
        if (!user.hasRole(Role.PARTNER)) {
            throw new InvalidInput(FieldError.of("username", "partner.member.notPartner"));
        }
        PartnerMember member = em.find(PartnerMember.class, user.getId());
        changeReason.set("partner member assigned");
        if (member == null) {
            em.persist(new PartnerMember(user.getId(), organisation));
        } else {
            member.moveTo(organisation);
        }
        ConcurrentSave.flush(em);
        return view(organisation);
    }

    /**
     * The user no longer speaks for this organisation: from this moment they can neither export nor
     * download the files of earlier exports (both look their organisation up on every call).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public OrganisationRecord removeMember(long organisationId, String username) {
        PartnerOrganisation organisation = requireOrganisation(organisationId);
        UserAccount user = requireUser(username);
        PartnerMember member = em.find(PartnerMember.class, user.getId());
        if (member == null || !member.getOrganisation().getId().equals(organisation.getId())) {
            throw new InvalidInput(FieldError.of("username", "partner.member.notMember", user.getUsername(),
                    organisation.getName()));
        }
        changeReason.set("partner member removed");
        em.remove(member);
        ConcurrentSave.flush(em);
        return view(organisation);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public AgreementRecord createAgreement(long organisationId, AgreementForm form) {
        PartnerOrganisation organisation = requireOrganisation(organisationId);
        requireHeadOffice();
        PartnerAgreement.Terms terms = terms(form, null);
        PartnerAgreement agreement = new PartnerAgreement(organisation, terms);
        changeReason.set("data-sharing agreement recorded");
        em.persist(agreement);
        em.flush();
        return AgreementRecord.of(agreement, LocalDate.now(clock));
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public AgreementRecord reviseAgreement(long organisationId, long agreementId, AgreementForm form) {
        PartnerAgreement agreement = agreementToChange(organisationId, agreementId);
        PartnerAgreement.Terms terms = terms(form, agreement.getId());
        requireUnchanged(agreement, form.version());
        changeReason.set("data-sharing agreement revised");
        agreement.revise(terms);
        ConcurrentSave.flush(em);
        return AgreementRecord.of(agreement, LocalDate.now(clock));
    }

    /**
     * Ends an agreement at once (it was valid until yesterday), with the version read: exports under it
     * are refused from now on. Not undone by a revision's mistake: ending is its own step, confirmed on the page.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public AgreementRecord endAgreement(long organisationId, long agreementId, Long versionRead) {
        PartnerAgreement agreement = agreementToChange(organisationId, agreementId);
        requireUnchanged(agreement, versionRead);
        LocalDate today = LocalDate.now(clock);
        if (!agreement.endsOnOrAfter(today)) {
            throw new InvalidInput(FieldError.of("validTo", "partner.agreement.alreadyEnded", agreement.getReference(),
                    agreement.getValidTo().toString()));
        }
        changeReason.set("data-sharing agreement ended");
        agreement.endBefore(today);
        ConcurrentSave.flush(em);
        return AgreementRecord.of(agreement, today);
    }

    /** The organisation's agreement, for a supervisor of the head office to change. */
    private PartnerAgreement agreementToChange(long organisationId, long agreementId) {
        PartnerAgreement agreement = em.find(PartnerAgreement.class, agreementId);
        if (agreement == null || agreement.getOrganisation().getId() != organisationId) {
            throw new NotFound("agreement", agreementId);
        }
        requireHeadOffice();
        return agreement;
    }

    /** A change is made to the agreement as the caller read it, never over someone else's since. */
    private void requireUnchanged(PartnerAgreement agreement, Long versionRead) {
        if (versionRead == null) {
            throw new InvalidInput(FieldError.of("version", "person.version.required"));
        }
        if (agreement.getVersion() != versionRead) {
            throw lastChange.conflictOn(PartnerAgreement.class, agreement.getId());
        }
    }

    /** Agreements outlive the people who sign them: only the head office answers for them. */
    private void requireHeadOffice() {
        if (!currentUser.scope().seesAllOffices()) {
            throw new EJBAccessException("agreements are kept by supervisors of the head office");
        }
    }

    private PartnerAgreement.Terms terms(AgreementForm form, Long revising) {
        List<FieldError> errors = new ArrayList<>();
        String reference = FreeText.clean(form == null ? null : form.reference());
        if (reference == null) {
            errors.add(FieldError.of("reference", "partner.agreement.reference.required"));
        }
        FreeText.check("reference", reference, 100, errors);
        if (reference != null && em.createNamedQuery("PartnerAgreement.byReference", PartnerAgreement.class)
                .setParameter("reference", reference).getResultStream().anyMatch(a -> !a.getId().equals(revising))) {
            errors.add(FieldError.of("reference", "partner.agreement.reference.taken"));
        }
        LocalDate from = date("validFrom", form == null ? null : form.validFrom(), errors);
        LocalDate to = date("validTo", form == null ? null : form.validTo(), errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("validTo", "partner.agreement.endsBeforeStart"));
        }
        Set<ExportProfile> profiles = EnumSet.noneOf(ExportProfile.class);
        for (String name : form == null || form.profiles() == null ? List.<String>of() : form.profiles()) {
            try {
                profiles.add(ExportProfile.valueOf(name.strip()));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(FieldError.of("profiles", "choice.unknown", String.valueOf(name), "AGGREGATE, PARTNER_MINIMAL"));
            }
        }
        if (profiles.contains(ExportProfile.FULL)) {
            errors.add(FieldError.of("profiles", "partner.agreement.fullNeverGranted"));
        }
        if (profiles.isEmpty()) {
            errors.add(FieldError.of("profiles", "partner.agreement.profiles.required"));
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String name : form == null || form.categories() == null ? List.<String>of() : form.categories()) {
            try {
                categories.add(Category.valueOf(name.strip()));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(FieldError.of("categories", "choice.unknown", String.valueOf(name), "POW, CIVILIAN, CHILD, REMAINS"));
            }
        }
        if (categories.isEmpty()) {
            errors.add(FieldError.of("categories", "partner.agreement.categories.required"));
        }
        List<String> officeCodes = new ArrayList<>();
        for (String code : form == null || form.offices() == null ? List.<String>of() : form.offices()) {
            Office office = code == null ? null : offices.find(code.strip());
            if (office == null) {
                errors.add(FieldError.of("offices", "partner.agreement.office.unknown", String.valueOf(code)));
            } else {
                officeCodes.add(office.getCode());
            }
        }
        Validation.reject(errors);
        return new PartnerAgreement.Terms(reference, from, to, profiles, categories, officeCodes,
                form.personLevel() != null && form.personLevel());
    }

    private String describe(String name, String country, String contact, List<FieldError> errors) {
        String cleanName = FreeText.clean(name);
        if (cleanName == null) {
            errors.add(FieldError.of("name", "partner.name.required"));
        }
        FreeText.check("name", cleanName, 200, errors);
        FreeText.check("country", FreeText.clean(country), 60, errors);
        FreeText.check("contact", FreeText.clean(contact), 300, errors);
        return cleanName;
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of(field, "partner.agreement.date.required"));
            return null;
        }
        return PlausibleDay.read(field, text, errors);
    }

    private PartnerOrganisation requireOrganisation(long id) {
        PartnerOrganisation organisation = em.find(PartnerOrganisation.class, id);
        if (organisation == null) {
            throw new NotFound("partner organisation", id);
        }
        return organisation;
    }

    private UserAccount requireUser(String username) {
        return Optional.ofNullable(username).flatMap(name -> users.find(name.strip()))
                .orElseThrow(() -> new InvalidInput(FieldError.of("username", "partner.member.unknown")));
    }

    private OrganisationRecord view(PartnerOrganisation organisation) {
        LocalDate today = LocalDate.now(clock);
        List<String> members = em.createNamedQuery("PartnerMember.ofOrganisation", PartnerMember.class)
                .setParameter("organisation", organisation.getId()).getResultStream()
                .map(m -> em.find(UserAccount.class, m.getUserId())).filter(java.util.Objects::nonNull)
                .map(UserAccount::getUsername).sorted().toList();
        List<AgreementRecord> agreements = em.createNamedQuery("PartnerAgreement.ofOrganisation", PartnerAgreement.class)
                .setParameter("organisation", organisation.getId()).getResultStream()
                .map(a -> AgreementRecord.of(a, today)).toList();
        return new OrganisationRecord(organisation.getId(), organisation.getName(), organisation.getCountry(),
                organisation.getContact(), organisation.getVersion(), members, agreements);
    }
}
