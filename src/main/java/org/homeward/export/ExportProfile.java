package org.homeward.export;

/** What an export holds: which rows and which columns (product specification, "Exports for partner organisations"). */
public enum ExportProfile {
    /** Counts only, small cells suppressed: no person can be picked out. */
    AGGREGATE(false),
    /** One row per consenting person, the agreed fields only, under a pseudonymous ID per partner. */
    PARTNER_MINIMAL(true),
    /** Every field of the case list, for internal use: supervisors only, within their scope. */
    FULL(true);

    private final boolean personLevel;

    ExportProfile(boolean personLevel) {
        this.personLevel = personLevel;
    }

    /** Whether a row is a person rather than a count. */
    public boolean personLevel() {
        return personLevel;
    }
}
