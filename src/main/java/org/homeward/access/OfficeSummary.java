package org.homeward.access;

/** An office as pages and the API show it. */
public record OfficeSummary(long id, String code, String name, boolean headOffice, long version) {

    static OfficeSummary of(Office office) {
        return new OfficeSummary(office.getId(), office.getCode(), office.getName(), office.isHeadOffice(),
                office.getVersion());
    }
}
