package org.homeward.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A report as a PDF with OpenPDF: title, filters, whose figures, who made it and when; then each table
 * with its chart above it, and page numbers. The text is set in the Liberation Sans that OpenPDF ships
 * and embeds, so Ukrainian names and labels print and can be searched and copied.
 */
public final class ReportPdf {

    // OpenPDF's own fallback font (in its jar): full Cyrillic, and nothing to install on the server.
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    // Colours a reader tells apart, also in greyscale print (dark to light).
    private static final Color[] SERIES = {new Color(0x1f, 0x4e, 0x79), new Color(0xc0, 0x50, 0x4d),
            new Color(0x4f, 0x81, 0x3d), new Color(0xe3, 0x9b, 0x2b), new Color(0x7f, 0x5f, 0xa8),
            new Color(0x2e, 0x9c, 0xa6), new Color(0x8c, 0x6d, 0x46), new Color(0x99, 0x99, 0x99),
            new Color(0x33, 0x33, 0x33), new Color(0xd4, 0x7f, 0xa6)};
    private static final float CHART_WIDTH = 500;

    private ReportPdf() {
    }

    public static byte[] write(Report report, ReportText text) {
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 16);
            Font heading = new Font(base, 12);
            Font body = new Font(base, 9);
            Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 36, 36, 36, 48);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(base, text.label(Label.of("report.pdf.page"))));
            document.addTitle(text.title(report));
            document.addCreator("Homeward");
            document.open();
            document.add(new Paragraph(text.title(report), title));
            document.add(new Paragraph(text.filters(report), body));
            document.add(new Paragraph(text.scope(report) + " · " + text.generated(report), small));
            for (ReportTable table : report.tables()) {
                Paragraph tableTitle = new Paragraph(text.label(table.title()), heading);
                tableTitle.setSpacingBefore(14);
                tableTitle.setSpacingAfter(6);
                document.add(tableTitle);
                if (table.chart() != ReportTable.Chart.NONE && !table.rows().isEmpty()) {
                    document.add(chart(writer.getDirectContent(), table, text, base));
                }
                document.add(figures(table, text, body));
            }
            if (report.tables().isEmpty()) {
                document.add(new Paragraph(text.label(Label.of("report.empty")), body));
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out", e);
        }
    }

    private static PdfPTable figures(ReportTable table, ReportText text, Font font) {
        PdfPTable pdf = new PdfPTable(table.columns().size() + 1);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.addCell(headingCell(text.label(table.rowHeading()), font));
        for (Label column : table.columns()) {
            pdf.addCell(headingCell(text.label(column), font));
        }
        for (ReportTable.Row row : table.rows()) {
            pdf.addCell(new PdfPCell(new Phrase(text.label(row.label()), font)));
            for (Figure figure : row.figures()) {
                PdfPCell cell = new PdfPCell(new Phrase(text.value(figure), font));
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    private static PdfPCell headingCell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf4));
        return cell;
    }

    /**
     * The table's figures drawn: one horizontal bar per row (stacked by column for a stacked chart, the
     * first column otherwise), or one line per column over the rows for a chart in time.
     */
    private static Image chart(PdfContentByte canvas, ReportTable table, ReportText text, BaseFont font) throws DocumentException {
        List<ReportTable.Row> rows = table.drawnRows();
        int series = table.drawnSeries();
        float legendHeight = series > 1 ? 14 * ((series + 3) / 4) : 0;
        float height = table.chart() == ReportTable.Chart.LINES ? 180 + legendHeight : rows.size() * 14 + 10 + legendHeight;
        PdfTemplate template = canvas.createTemplate(CHART_WIDTH, height);
        float labelWidth = 150;
        float plotWidth = CHART_WIDTH - labelWidth - 40;
        double max = 0;
        for (ReportTable.Row row : rows) {
            max = Math.max(max, table.chart() == ReportTable.Chart.LINES ? maxOf(row, series) : sumOf(row, series));
        }
        max = max <= 0 ? 1 : max;
        template.setFontAndSize(font, 7);
        if (table.chart() == ReportTable.Chart.LINES) {
            drawLines(template, rows, series, max, labelWidth, plotWidth, height - legendHeight, text, font);
        } else {
            float y = height - legendHeight - 12;
            for (ReportTable.Row row : rows) {
                text(template, font, text.label(row.label()), 0, y + 2, labelWidth - 6);
                float x = labelWidth;
                double total = 0;
                for (int s = 0; s < series; s++) {
                    double value = numberOf(row.figures().get(s));
                    total += value;
                    float width = (float) (value / max * plotWidth);
                    template.setColorFill(SERIES[s % SERIES.length]);
                    template.rectangle(x, y, width, 10);
                    template.fill();
                    x += width;
                }
                template.setColorFill(Color.BLACK);
                text(template, font, format(total), x + 3, y + 2, 40);
                y -= 14;
            }
        }
        if (series > 1) {
            for (int s = 0; s < series; s++) {
                float x = (s % 4) * (CHART_WIDTH / 4);
                float y = legendHeight - 12 - (s / 4) * 14f;
                template.setColorFill(SERIES[s % SERIES.length]);
                template.rectangle(x, y, 8, 8);
                template.fill();
                template.setColorFill(Color.BLACK);
                text(template, font, text.label(table.columns().get(s)), x + 11, y + 1, CHART_WIDTH / 4 - 14);
            }
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    private static void drawLines(PdfTemplate template, List<ReportTable.Row> rows, int series, double max, float left,
                                  float plotWidth, float top, ReportText text, BaseFont font) {
        float bottom = 20;
        float plotHeight = top - bottom - 10;
        float step = rows.size() > 1 ? (plotWidth + left - 40) / (rows.size() - 1) : 0;
        float x0 = 40;
        template.setColorStroke(Color.GRAY);
        template.moveTo(x0, bottom);
        template.lineTo(x0 + step * Math.max(rows.size() - 1, 1), bottom);
        template.stroke();
        template.setColorFill(Color.BLACK);
        text(template, font, format(max), 0, bottom + plotHeight - 3, 38);
        text(template, font, "0", 0, bottom - 3, 38);
        for (int i = 0; i < rows.size(); i += Math.max(1, rows.size() / 6)) {
            text(template, font, text.label(rows.get(i).label()), x0 + step * i - 12, 6, 60);
        }
        for (int s = 0; s < series; s++) {
            template.setColorStroke(SERIES[s % SERIES.length]);
            template.setLineWidth(1.5f);
            for (int i = 0; i < rows.size(); i++) {
                float x = x0 + step * i;
                float y = bottom + (float) (numberOf(rows.get(i).figures().get(s)) / max * plotHeight);
                if (i == 0) {
                    template.moveTo(x, y);
                } else {
                    template.lineTo(x, y);
                }
            }
            template.stroke();
        }
        template.setLineWidth(1);
    }

    private static void text(PdfTemplate template, BaseFont font, String text, float x, float y, float maxWidth) {
        String shown = text;
        while (shown.length() > 1 && font.getWidthPoint(shown, 7) > maxWidth) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        template.beginText();
        template.setFontAndSize(font, 7);
        template.setTextMatrix(x, y);
        template.showText(shown);
        template.endText();
    }

    private static double sumOf(ReportTable.Row row, int series) {
        double sum = 0;
        for (int s = 0; s < series; s++) {
            sum += numberOf(row.figures().get(s));
        }
        return sum;
    }

    private static double maxOf(ReportTable.Row row, int series) {
        double max = 0;
        for (int s = 0; s < series; s++) {
            max = Math.max(max, numberOf(row.figures().get(s)));
        }
        return max;
    }

    private static double numberOf(Figure figure) {
        return figure.value() == null ? 0 : figure.value().doubleValue();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** "Page N" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final BaseFont font;
        private final String page;

        PageNumbers(BaseFont font, String page) {
            this.font = font;
            this.page = page;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.showTextAligned(Element.ALIGN_CENTER, page + " " + writer.getPageNumber(),
                    (document.left() + document.right()) / 2, document.bottom() - 20, 0);
            canvas.endText();
        }
    }
}
