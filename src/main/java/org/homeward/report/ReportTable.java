package org.homeward.report;

import java.util.List;

/**
 * A table of a report: a title, the column headings, and rows of figures; and how its figures are best
 * drawn, for those who would rather look than read (the table stays beside the chart for screen readers).
 */
public record ReportTable(String id, Label title, Label rowHeading, List<Label> columns, List<Row> rows, Chart chart) {

    /** How a table is drawn: not at all, bars per row (grouped or stacked by column), or lines over time. */
    public enum Chart { NONE, BARS, STACKED_BARS, LINES }

    /** One row: its heading and one figure per column. */
    public record Row(Label label, List<Figure> figures) {

        public Row {
            figures = List.copyOf(figures);
        }
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The rows a chart draws: all but those that total the others, which would dwarf the rest. */
    public List<Row> drawnRows() {
        return rows.stream().filter(row -> !isTotal(row.label())).toList();
    }

    /** The columns a chart draws, from the first: one for plain bars, all but a closing total otherwise. */
    public int drawnSeries() {
        if (chart == Chart.BARS) {
            return 1;
        }
        return isTotal(columns.get(columns.size() - 1)) ? columns.size() - 1 : columns.size();
    }

    private static boolean isTotal(Label label) {
        return "report.total".equals(label.key());
    }

    /** The figure of a row and column, for tests and charts. */
    public Figure figure(int row, int column) {
        return rows.get(row).figures().get(column);
    }
}
