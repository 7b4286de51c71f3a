package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** CSV that a spreadsheet opens safely: quoted, quotes doubled, formulas shown as text. */
class CsvTest {

    @Test
    void everyFieldIsQuotedAndQuotesAreDoubled() {
        assertEquals("\"Шевченко\",\"say \"\"hi\"\"\",\"\",\"42\"\r\n", Csv.line(Arrays.asList("Шевченко", "say \"hi\"", null, 42)));
    }

    @Test
    void aFieldASpreadsheetWouldRunIsShownAsText() {
        assertEquals("\"'=cmd|' /C calc'!A0\"", Csv.field("=cmd|' /C calc'!A0"));
        assertEquals("\"'+1\"", Csv.field("+1"));
        assertEquals("\"'-2\"", Csv.field("-2"));
        assertEquals("\"'@SUM(A1)\"", Csv.field("@SUM(A1)"));
        assertEquals("\"a=b\"", Csv.field("a=b"));
    }
}
