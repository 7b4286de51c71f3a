package org.homeward.export;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.homeward.person.Category;

/** A data-sharing agreement as pages and the API show it. */
public record AgreementRecord(long id, long organisationId, String organisation, String reference, LocalDate validFrom,
                            LocalDate validTo, List<ExportProfile> profiles, List<Category> categories,
                            List<String> offices, boolean personLevel, boolean valid, long version) implements Serializable {

    static AgreementRecord of(PartnerAgreement agreement, LocalDate today) {
        return new AgreementRecord(agreement.getId(), agreement.getOrganisation().getId(),
                agreement.getOrganisation().getName(), agreement.getReference(), agreement.getValidFrom(),
                agreement.getValidTo(), agreement.getProfiles().stream().sorted().toList(),
                agreement.getCategories().stream().sorted().toList(), agreement.getOffices(),
                agreement.isPersonLevel(), agreement.validOn(today), agreement.getVersion());
    }
}
