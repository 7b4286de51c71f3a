package org.homeward.export;

import java.io.Serializable;
import java.util.List;

/** A partner organisation with the users who speak for it and its agreements. */
public record OrganisationRecord(long id, String name, String country, String contact, long version,
                               List<String> members, List<AgreementRecord> agreements) implements Serializable {
}
