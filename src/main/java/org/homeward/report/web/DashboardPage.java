package org.homeward.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.platform.Messages;
import org.homeward.platform.web.PageMessages;
import org.homeward.report.Figure;
import org.homeward.report.Report;
import org.homeward.report.ReportFilter;
import org.homeward.report.ReportService;
import org.homeward.report.ReportTable;
import org.homeward.report.ReportText;

/**
 * The dashboard on the home page of supervisors (their scope) and caseworkers (their own cases): every
 * report's tables with a chart each, filtered by what the address says, so a view can be bookmarked
 * and shared. Read-only, built once per request.
 */
@Named
@RequestScoped
public class DashboardPage {

    // Chart colours with at least 3:1 contrast to the white page (WCAG 1.4.11), told apart in greyscale.
    private static final String[] SERIES = {"#1f4e79", "#b23b38", "#3d6b2f", "#8a5a00", "#6a4c93", "#1b7a83",
            "#6b4f2c", "#595959", "#222222", "#a3457a"};

    @Inject
    ReportService reports;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private List<Report> dashboard;
    private ReportFilter filter = ReportFilter.none();
    private ReportText text;

    /** Reads the filters from the address; a bad one is named at the top and the figures shown without it. */
    public void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        boolean filtered = messages.carryOut("filters", () -> {
            filter = ReportFilter.from(parameters::get);
            dashboard = reports.dashboard(filter);
        });
        if (!filtered) {
            filter = ReportFilter.none();
            dashboard = reports.dashboard(filter);
        }
    }

    public List<Report> getReports() {
        if (dashboard == null) {
            load();
        }
        return dashboard;
    }

    public ReportFilter getFilter() {
        return filter;
    }

    public ReportText getText() {
        if (text == null) {
            text = new ReportText(Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale()), clock.getZone());
        }
        return text;
    }

    public List<String> getOffices() {
        return reports.offices();
    }

    public List<ReportService.RoundChoice> getRounds() {
        return reports.rounds();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Side[] getSides() {
        return Side.values();
    }

    /** The case list of exactly the people a figure counts. */
    public String casesOf(Figure figure) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/cases/list.xhtml"
                + figure.query();
    }

    /** A report downloaded with the dashboard's filters. */
    public String download(Report report, String format) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("name", report.name().slug());
        parameters.put("format", format);
        parameters.putAll(filter.parameters());
        StringBuilder href = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/reports/download");
        parameters.forEach((name, value) -> href.append(href.indexOf("?") < 0 ? "?" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return href.toString();
    }

    /**
     * The table as a Chart.js configuration for {@code p:chart}: bars (stacked where the table adds up),
     * or lines over the months. The JSON goes
     * into a script: {@code <}, {@code >} and {@code &} are written as escapes, so no text in a label
     * (a round's name, a reason typed by a user) can end the script.
     */
    public String chart(ReportTable table) {
        List<ReportTable.Row> rows = table.drawnRows();
        int series = table.drawnSeries();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(row -> labels.add(getText().label(row.label())));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < series; s++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (ReportTable.Row row : rows) {
                Number value = row.figures().get(s).value();
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value.doubleValue());
                }
            }
            String colour = SERIES[s % SERIES.length];
            datasets.add(Json.createObjectBuilder().add("label", getText().label(table.columns().get(s))).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour));
        }
        boolean lines = table.chart() == ReportTable.Chart.LINES;
        boolean stacked = table.chart() == ReportTable.Chart.STACKED_BARS;
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", series > 1).add("position", "bottom")));
        if (!lines) {
            options.add("indexAxis", "y").add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true))
                    .add("y", Json.createObjectBuilder().add("stacked", stacked)));
        }
        String json = Json.createObjectBuilder().add("type", lines ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** The chart's height class (homeward.css): lines get a fixed height, bars room for their rows. */
    public String chartSize(ReportTable table) {
        int rows = table.drawnRows().size();
        if (table.chart() == ReportTable.Chart.LINES) {
            return "hw-chart-lines";
        }
        return rows <= 4 ? "hw-chart-s" : rows <= 9 ? "hw-chart-m" : rows <= 16 ? "hw-chart-l" : "hw-chart-xl";
    }

    public boolean drawn(ReportTable table) {
        return table.chart() != ReportTable.Chart.NONE && !table.rows().isEmpty();
    }

}
