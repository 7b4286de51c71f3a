package org.homeward.report;

import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.Csv;

/**
 * A report as CSV: one line per figure (table, row, column, value), so that every table of the report
 * fits one rectangular file a spreadsheet or a script reads without knowing the report's layout. Written
 * with the application's one safe CSV writer.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String write(Report report, ReportText text) {
        StringBuilder csv = new StringBuilder();
        csv.append(Csv.line(List.of(text.label(Label.of("report.csv.report")), text.label(Label.of("report.csv.table")),
                text.label(Label.of("report.csv.row")), text.label(Label.of("report.csv.column")),
                text.label(Label.of("report.csv.value")))));
        String title = text.title(report);
        for (ReportTable table : report.tables()) {
            String tableTitle = text.label(table.title());
            for (ReportTable.Row row : table.rows()) {
                String rowLabel = text.label(row.label());
                for (int c = 0; c < table.columns().size(); c++) {
                    Figure figure = row.figures().get(c);
                    List<Object> line = new ArrayList<>(List.of(title, tableTitle, rowLabel, text.label(table.columns().get(c))));
                    // The number itself, not its text: the CSV writer leaves numbers bare for a spreadsheet.
                    line.add(figure.value() == null ? "" : figure.value());
                    csv.append(Csv.line(line));
                }
            }
        }
        return csv.toString();
    }
}
