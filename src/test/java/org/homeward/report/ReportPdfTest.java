package org.homeward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.platform.Messages;
import org.junit.jupiter.api.Test;

/** The PDF as a reader's PDF tool sees it: its text extracted again, in Ukrainian, over several pages. */
class ReportPdfTest {

    @Test
    void titleFiltersFiguresAndPageNumbersReadBackInUkrainian() throws Exception {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(new ReportTable.Row(Label.text("Раунд " + i + ": Стамбул, «обмін»"),
                    List.of(Figure.people(i, Map.of("round", String.valueOf(i))), Figure.measure(new java.math.BigDecimal("12.5")))));
        }
        ReportTable table = new ReportTable("rounds", Label.of("report.rounds.title"), Label.of("report.rounds.row"),
                List.of(Label.of("report.rounds.nominated"), Label.of("report.time.median")), rows, ReportTable.Chart.BARS);
        Report report = new Report(ReportName.ROUNDS, ReportFilter.from(Map.of("from", "2025-01-01", "category", "POW")::get),
                null, "office:KYIV", "o.koval", Instant.parse("2026-03-02T12:10:00Z"), List.of(table));
        ReportText text = new ReportText(Messages.in(Locale.forLanguageTag("uk")), ZoneOffset.UTC);

        PdfReader pdf = new PdfReader(ReportPdf.write(report, text));
        String first = new PdfTextExtractor(pdf).getTextFromPage(1);
        String last = new PdfTextExtractor(pdf).getTextFromPage(pdf.getNumberOfPages());

        assertTrue(pdf.getNumberOfPages() > 1, "120 rows take more than one page");
        assertTrue(first.contains("Раунди обміну"), first);
        assertTrue(first.contains("Період: 2025-01-01 – …"), first);
        assertTrue(first.contains("Категорія: Військовополонений"), first);
        assertTrue(first.contains("Показники офісу KYIV"), first);
        assertTrue(first.contains("Створив o.koval, 2026-03-02 12:10"), first);
        assertTrue(first.contains("Раунд 7: Стамбул, «обмін»"), first);
        assertTrue(first.contains("Сторінка 1"), first);
        assertTrue(last.contains("Раунд 119: Стамбул, «обмін»"), last);
        assertTrue(last.contains("Сторінка " + pdf.getNumberOfPages()), last);
        assertEquals("12.5", text.value(rows.get(0).figures().get(1)));
    }
}
