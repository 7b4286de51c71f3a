package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV that a spreadsheet opens safely: quoted, quotes doubled, formulas shown as text, numbers as numbers. */
class CsvTest {

    @Test
    void everyTextFieldIsQuotedAndQuotesAreDoubled() {
        // Numbers stay bare, so that a spreadsheet reads them as numbers.
        assertEquals("\"Шевченко\",\"say \"\"hi\"\"\",\"\",42\r\n", Csv.line(Arrays.asList("Шевченко", "say \"hi\"", null, 42)));
    }

    @Test
    void aFieldASpreadsheetWouldRunIsShownAsText() {
        assertEquals("\"'=cmd|' /C calc'!A0\"", Csv.field("=cmd|' /C calc'!A0"));
        assertEquals("\"'+1\"", Csv.field("+1"));
        assertEquals("\"'-2\"", Csv.field("-2"));
        assertEquals("\"'@SUM(A1)\"", Csv.field("@SUM(A1)"));
        assertEquals("\"'\tx\"", Csv.field("\tx"));
        assertEquals("\"'\rx\"", Csv.field("\rx"));
        assertEquals("\"a=b\"", Csv.field("a=b"));
    }

    @Test
    void numbersAndDatesAreLeftAsTheyAre() {
        assertEquals("-2,\"2026-07-23\"\r\n", Csv.line(List.of(-2, LocalDate.of(2026, 7, 23))));
    }

    @Test
    void aStrictParserReadsBackWhatWasWritten() throws Exception {
        StringWriter out = new StringWriter();
        try (Csv csv = Csv.to(out, true)) {
            csv.row("name", "note");
            csv.row("Олексій \"Льоша\"", "line one\r\nline two, with comma");
        }
        assertEquals(Csv.BYTE_ORDER_MARK, out.toString().charAt(0));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString().substring(1))).getRecords();
        assertEquals(1, records.size());
        assertEquals("Олексій \"Льоша\"", records.get(0).get("name"));
        assertEquals("line one\r\nline two, with comma", records.get(0).get("note"));
    }

    @Test
    void aFileGetsTheSameLinesInUtf8AsText() {
        StringWriter text = new StringWriter();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Object[] row = {"Шевченко", "=1+1", 42, LocalDate.of(2026, 7, 23), null};
        try (Csv toText = Csv.to(text, true); Csv toBytes = Csv.to(bytes, true)) {
            toText.row(row);
            toBytes.row(row);
            toText.row("тест", -2);
            toBytes.row("тест", -2);
        }
        assertEquals(text.toString(), bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("\uFEFF\"Шевченко\",\"'=1+1\",42,\"2026-07-23\",\"\"\r\n\"тест\",-2\r\n", text.toString());
    }
}
