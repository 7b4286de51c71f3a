package org.homeward.report;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.Messages;

/** What a report says about itself in the reader's language: its filters, whose figures, who made it and when. */
public final class ReportText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages texts;
    private final ZoneId zone;

    public ReportText(Messages texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    public String title(Report report) {
        return texts.get(report.name().titleKey());
    }

    /** "Period: 2025-01-01 – 2025-12-31 · Office: KYIV · …", or that there is no filter. */
    public String filters(Report report) {
        ReportFilter filter = report.filter();
        List<String> parts = new ArrayList<>();
        if (filter.from() != null || filter.to() != null) {
            parts.add(texts.get("report.filter.period", filter.from() == null ? "…" : filter.from(),
                    filter.to() == null ? "…" : filter.to()));
        }
        if (filter.office() != null) {
            parts.add(texts.get("report.filter.office", filter.office()));
        }
        if (filter.category() != null) {
            parts.add(texts.get("report.filter.category", texts.get("Category." + filter.category().name())));
        }
        if (filter.side() != null) {
            parts.add(texts.get("report.filter.side", texts.get("Side." + filter.side().name())));
        }
        if (filter.round() != null) {
            parts.add(texts.get("report.filter.round", report.roundName() == null ? "#" + filter.round() : report.roundName()));
        }
        if (report.name() == ReportName.STALE_CASES || filter.staleDays() != ReportFilter.DEFAULT_STALE_DAYS) {
            parts.add(texts.get("report.filter.staleDays", filter.staleDays()));
        }
        return parts.isEmpty() ? texts.get("report.filter.none") : String.join(" · ", parts);
    }

    /** Whose figures these are: all offices, one office, or the reader's own cases. */
    public String scope(Report report) {
        String scope = report.scope();
        if (scope.equals("all")) {
            return texts.get("report.scope.all");
        }
        return scope.startsWith("office:") ? texts.get("report.scope.office", scope.substring(7))
                : texts.get("report.scope.own", scope.substring(4));
    }

    public String generated(Report report) {
        return texts.get("report.generated", report.generatedBy(), WHEN.format(report.generatedAt().atZone(zone)));
    }

    public String label(Label label) {
        return label.in(texts);
    }

    /** A figure as it is printed: whole numbers as they are, days with one decimal, nothing as a dash. */
    public String value(Figure figure) {
        Number value = figure.value();
        if (value == null) {
            return "—";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
