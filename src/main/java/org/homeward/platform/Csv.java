package org.homeward.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of a CSV file (RFC 4180) that a spreadsheet opens safely: every field quoted, quotes doubled,
 * and a field that a spreadsheet would run as a formula ({@code =cmd|…}, {@code +}, {@code -}, {@code @},
 * or a leading tab or carriage return) prefixed with an apostrophe so that it is shown as text.
 */
public final class Csv {

    private Csv() {
    }

    /** One line, ending with CRLF. */
    public static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
