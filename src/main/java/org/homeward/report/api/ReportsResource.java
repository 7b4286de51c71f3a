package org.homeward.report.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.platform.Role;
import org.homeward.platform.FieldError;
import org.homeward.platform.Messages;
import org.homeward.platform.NotFound;
import org.homeward.platform.Validation;
import org.homeward.platform.api.ApiLocale;
import org.homeward.report.Report;
import org.homeward.report.ReportCsv;
import org.homeward.report.ReportFilter;
import org.homeward.report.ReportName;
import org.homeward.report.ReportPdf;
import org.homeward.report.ReportService;
import org.homeward.report.ReportTable;
import org.homeward.report.ReportText;

/**
 * The supervisors' reports: {@code GET /reports} lists them, {@code GET /reports/{name}} gives one as
 * JSON, CSV or PDF ({@code format=} or the {@code Accept} header), with the filters {@code from},
 * {@code to}, {@code office}, {@code category}, {@code side}, {@code round} and {@code staleDays}. Every
 * figure that counts people says which case-list query lists exactly them.
 */
@Path("/reports")
@RequestScoped
@Tag(name = "Reports", description = "The supervisors' figures; a caseworker's own")
public class ReportsResource {

    private static final String CSV = "text/csv";
    private static final String PDF = "application/pdf";

    @Inject
    ReportService reports;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** A report the API serves, and where. */
    public record ReportEntry(String name, String title, String href) {
    }

    /** A report as JSON: labels in the reader's language, figures with the case list that lists them. */
    public record ReportRecord(String name, String title, String filters, Map<String, String> filter, String scope,
                             String generatedBy, String generatedAt, List<TableRecord> tables) {
    }

    public record TableRecord(String id, String title, String rowHeading, List<String> columns, List<TableRow> rows) {
    }

    public record TableRow(String label, List<FigureRecord> figures) {
    }

    /** {@code cases}: the {@code /api/v1/persons} query of the people counted; null for measures. */
    public record FigureRecord(Number value, String cases) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.CASEWORKER})
    @Operation(description = "Who may call it: supervisors and caseworkers.", operationId = "listReports",
            summary = "The reports, with their names and addresses")
    public List<ReportEntry> list() {
        Messages texts = Messages.in(ApiLocale.of(headers));
        List<ReportEntry> entries = new ArrayList<>();
        for (ReportName name : ReportName.values()) {
            entries.add(new ReportEntry(name.slug(), texts.get(name.titleKey()), "/api/v1/reports/" + name.slug()));
        }
        return entries;
    }

    @GET
    @Path("{name}")
    @Produces({MediaType.APPLICATION_JSON, CSV, PDF})
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.CASEWORKER})
    @Operation(description = "Who may call it: supervisors and caseworkers.", operationId = "getReport",
            summary = "One report (status, children, remains, flow, rounds, "
            + "time-to-repatriation, workload, stale-cases) within the caller's scope, filtered by from, to "
            + "(yyyy-MM-dd), office, category, side, round and staleDays; as JSON, or as CSV or PDF with "
            + "format=csv|pdf or the Accept header. 400 names a bad filter; downloads are in the access log")
    public Response get(@PathParam("name") String name, @QueryParam("format") String format) {
        ReportName report = ReportName.bySlug(name).orElseThrow(() -> new NotFound("report", name));
        String wanted = format(format);
        ReportFilter filter = ReportFilter.from(uriInfo.getQueryParameters()::getFirst);
        ReportText text = new ReportText(Messages.in(ApiLocale.of(headers)), clock.getZone());
        if (wanted.equals("json")) {
            return Response.ok(view(reports.report(report, filter), text), MediaType.APPLICATION_JSON).build();
        }
        Report made = reports.download(report, filter, wanted);
        String file = "homeward-" + report.slug() + "." + wanted;
        return (wanted.equals("csv")
                ? Response.ok(ReportCsv.write(made, text), CSV + "; charset=UTF-8")
                : Response.ok(ReportPdf.write(made, text), PDF))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** {@code format=} first, then the Accept header; JSON unless CSV or PDF is asked for. */
    private String format(String format) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("json", "csv", "pdf").contains(f)) {
                Validation.reject(List.of(FieldError.of("format", "choice.unknown", format, "json, csv, pdf")));
            }
            return f;
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return "json";
            }
            if (type.toString().startsWith(CSV)) {
                return "csv";
            }
            if (type.toString().startsWith(PDF)) {
                return "pdf";
            }
        }
        return "json";
    }

    static ReportRecord view(Report report, ReportText text) {
        List<TableRecord> tables = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            List<TableRow> rows = new ArrayList<>();
            for (ReportTable.Row row : table.rows()) {
                rows.add(new TableRow(text.label(row.label()), row.figures().stream()
                        .map(f -> new FigureRecord(f.value(), f.links() ? "/api/v1/persons" + f.query() : null)).toList()));
            }
            tables.add(new TableRecord(table.id(), text.label(table.title()), text.label(table.rowHeading()),
                    table.columns().stream().map(text::label).toList(), rows));
        }
        return new ReportRecord(report.name().slug(), text.title(report), text.filters(report), report.filter().parameters(),
                text.scope(report), report.generatedBy(), report.generatedAt().toString(), tables);
    }
}
