package org.homeward.export;

import java.util.Map;

/**
 * What a user asks to export: profile, filters, purpose (required: it goes to the access log), the
 * options of the file, and which agreement it falls under (a partner with one valid agreement need not
 * say). {@code zipPassword}, when given, encrypts the file and is never stored or logged.
 */
public record ExportOrder(String profile, Map<String, String> filters, String purpose, String zipPassword,
                          boolean hxl, boolean bom, String agreement, boolean background) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ExportOrder[profile=" + profile + ", filters=" + filters + ", zip=" + (zipPassword != null)
                + ", hxl=" + hxl + ", bom=" + bom + ", agreement=" + agreement + ", background=" + background + "]";
    }
}
