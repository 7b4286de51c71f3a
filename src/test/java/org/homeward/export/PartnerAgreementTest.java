package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homeward.person.Category;
import org.junit.jupiter.api.Test;

/** What an agreement allows, and the reason it gives when it does not. */
class PartnerAgreementTest {

    private final PartnerAgreement agreement = new PartnerAgreement(new PartnerOrganisation("ICRC", "CH", null),
            new PartnerAgreement.Terms("ICRC-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    EnumSet.of(ExportProfile.AGGREGATE, ExportProfile.PARTNER_MINIMAL),
                    EnumSet.of(Category.POW, Category.CIVILIAN), List.of("KYIV"), true));

    @Test
    void withinItsTermsAnExportIsAllowed() {
        assertTrue(agreement.refusal(ExportProfile.PARTNER_MINIMAL, Set.of(Category.POW), LocalDate.of(2026, 6, 1)).isEmpty());
        assertTrue(agreement.refusal(ExportProfile.AGGREGATE, Set.of(), LocalDate.of(2026, 12, 31)).isEmpty());
    }

    @Test
    void outsideItsTermsTheReasonIsNamed() {
        assertEquals("export.agreement.expired",
                agreement.refusal(ExportProfile.AGGREGATE, Set.of(), LocalDate.of(2027, 1, 1)).orElseThrow().messageKey());
        assertEquals("export.agreement.notYetValid",
                agreement.refusal(ExportProfile.AGGREGATE, Set.of(), LocalDate.of(2025, 12, 31)).orElseThrow().messageKey());
        assertEquals("export.agreement.profileNotGranted",
                agreement.refusal(ExportProfile.FULL, Set.of(), LocalDate.of(2026, 6, 1)).orElseThrow().messageKey());
        var category = agreement.refusal(ExportProfile.AGGREGATE, Set.of(Category.CHILD), LocalDate.of(2026, 6, 1)).orElseThrow();
        assertEquals("export.agreement.categoryNotCovered", category.messageKey());
        assertEquals("filters.category", category.field());
    }

    @Test
    void personLevelDataNeedsTheAgreementsSayYes() {
        PartnerAgreement countsOnly = new PartnerAgreement(new PartnerOrganisation("Ombudsman", "UA", null),
                new PartnerAgreement.Terms("OMB-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        EnumSet.of(ExportProfile.AGGREGATE, ExportProfile.PARTNER_MINIMAL), EnumSet.allOf(Category.class),
                        List.of(), false));
        assertEquals("export.agreement.personLevelNotAllowed",
                countsOnly.refusal(ExportProfile.PARTNER_MINIMAL, Set.of(), LocalDate.of(2026, 6, 1)).orElseThrow().messageKey());
    }

    @Test
    void fullIsNeverGrantedAndAnAgreementEndsAfterItBegins() {
        assertThrows(IllegalArgumentException.class, () -> new PartnerAgreement.Terms("X", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1), EnumSet.of(ExportProfile.FULL), EnumSet.allOf(Category.class), List.of(), true));
        assertThrows(IllegalArgumentException.class, () -> new PartnerAgreement.Terms("X", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), EnumSet.of(ExportProfile.AGGREGATE), EnumSet.allOf(Category.class), List.of(), true));
    }
}
