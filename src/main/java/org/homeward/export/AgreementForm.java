package org.homeward.export;

import java.util.List;

/**
 * An agreement as a supervisor of the head office types or sends it: dates as {@code yyyy-MM-dd},
 * profiles and categories by name, offices by code (none: every office).
 */
public record AgreementForm(String reference, String validFrom, String validTo, List<String> profiles,
                            List<String> categories, List<String> offices, Boolean personLevel, Long version) {
}
