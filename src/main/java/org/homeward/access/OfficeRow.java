package org.homeward.access;

import java.io.Serializable;

/** An office as pages and the API show it. */
public record OfficeRow(long id, String code, String name, boolean headOffice, long version) implements Serializable {

    static OfficeRow of(Office office) {
        return new OfficeRow(office.getId(), office.getCode(), office.getName(), office.isHeadOffice(),
                office.getVersion());
    }
}
