package org.homeward.person;

import java.util.regex.Pattern;

/**
 * A kind of identity document, with the shape its numbers take. A number that does not fit is almost
 * always a typing or reading error, and a wrong number defeats matching against the other side's lists.
 */
public enum DocumentType {
    /** Ukrainian passport book (two Cyrillic letters, six digits) or ID-card / foreign passport (nine characters). */
    PASSPORT("([А-ЯҐЄІЇ]{2}\\d{6})|([A-Z]{2}\\d{6})|(\\d{9})"),
    /** National ID card: nine digits. */
    NATIONAL_ID("\\d{9}"),
    /** Birth certificate: a Roman series, Cyrillic letters, a number (І-КВ 123456). */
    BIRTH_CERTIFICATE("[IVXLІ]{1,4}-?[А-ЯҐЄІЇ]{2}\\d{6}"),
    /** Military ID: two Cyrillic or Latin letters and six or seven digits. */
    MILITARY_ID("[А-ЯҐЄІЇA-Z]{2}\\d{6,7}"),
    /** Personal service number: a letter and six digits, or digits only. */
    SERVICE_NUMBER("[А-ЯҐЄІЇA-Z]?-?\\d{6,10}"),
    /** ICRC reference: letters, digits, slashes and hyphens as the ICRC issues them. */
    ICRC_REFERENCE("[A-Z0-9][A-Z0-9/-]{3,39}");

    private final Pattern shape;

    DocumentType(String shape) {
        this.shape = Pattern.compile(shape);
    }

    /** Whether the number has this type's shape; spaces people put between series and number do not count. */
    public boolean fits(String number) {
        return number != null
                && shape.matcher(number.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT)).matches();
    }
}
