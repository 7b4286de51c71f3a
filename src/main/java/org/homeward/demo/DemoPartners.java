package org.homeward.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.homeward.access.UserRepository;
import org.homeward.audit.ChangeReason;
import org.homeward.export.ExportProfile;
import org.homeward.export.PartnerAgreement;
import org.homeward.export.PartnerMember;
import org.homeward.export.PartnerOrganisation;
import org.homeward.person.Category;

/**
 * The partner organisation of the demo installation: an ICRC delegation whose agreement grants counts
 * and the minimal person-level export over every category and office, and for which the demo user
 * {@code partner} speaks. Made once.
 */
@ApplicationScoped
public class DemoPartners {

    static final String ORGANISATION = "ICRC delegation (demo)";
    static final String AGREEMENT = "DEMO-ICRC-2025-01";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    ChangeReason changeReason;

    /** Whether it created the organisation now. */
    @Transactional
    public boolean install() {
        if (!em.createNamedQuery("PartnerOrganisation.byName", PartnerOrganisation.class)
                .setParameter("name", ORGANISATION).getResultList().isEmpty()) {
            return false;
        }
        changeReason.set("demo installation");
        PartnerOrganisation icrc = new PartnerOrganisation(ORGANISATION, "CH", "Kyiv delegation, protection department (demo)");
        em.persist(icrc);
        em.persist(new PartnerAgreement(icrc, new PartnerAgreement.Terms(AGREEMENT, LocalDate.of(2025, 1, 1),
                LocalDate.of(2030, 12, 31), EnumSet.of(ExportProfile.AGGREGATE, ExportProfile.PARTNER_MINIMAL),
                EnumSet.allOf(Category.class), List.of(), true)));
        users.find("partner").ifPresent(partner -> em.persist(new PartnerMember(partner.getId(), icrc)));
        return true;
    }
}
