package org.homeward.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.homeward.access.Office;
import org.homeward.access.OfficeRepository;
import org.homeward.access.RecordScope;
import org.homeward.access.RecordScope.SqlCondition;
import org.homeward.platform.Role;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.platform.Database;
import org.homeward.platform.FieldError;
import org.homeward.platform.Validation;

/**
 * The supervisors' reports and dashboard, and a caseworker's own figures. A supervisor's figures cover
 * their record scope (their office; everything for head office); a caseworker's cover the cases assigned
 * to them only, never another caseworker's. Every read and download is in the access log with the
 * report's name and filters.
 */
@Stateless
public class ReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    OfficeRepository offices;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** Found on first use; a stateless bean instance always talks to the same database. */
    private Database dialect;

    /** A round the filters can name. */
    public record RoundChoice(long id, String name, java.time.LocalDate talksDate) {
    }

    /** One report with the reader's filters; logged as read. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.CASEWORKER})
    public Report report(ReportName name, ReportFilter filter) {
        ReportQueries queries = queries(filter);
        accessLog.record(currentUser.getUsername(), AccessAction.REPORT_VIEWED, "report", name.slug(), filter.describe());
        return compute(queries, name, filter);
    }

    /** One report to download as PDF or CSV; logged as downloaded, with the format. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.CASEWORKER})
    public Report download(ReportName name, ReportFilter filter, String format) {
        ReportQueries queries = queries(filter);
        accessLog.record(currentUser.getUsername(), AccessAction.REPORT_DOWNLOADED, "report", name.slug(),
                format + " " + filter.describe());
        return compute(queries, name, filter);
    }

    /** Every report at once, as the dashboard shows them: the status scan is made once for three of them. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.CASEWORKER})
    public List<Report> dashboard(ReportFilter filter) {
        ReportQueries queries = queries(filter);
        accessLog.record(currentUser.getUsername(), AccessAction.REPORT_VIEWED, "report", "dashboard", filter.describe());
        List<Report> reports = new ArrayList<>();
        for (ReportName name : ReportName.values()) {
            reports.add(compute(queries, name, filter));
        }
        return reports;
    }

    /** The rounds a filter can name, newest first (names and dates of rounds are not personal data). */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.CASEWORKER})
    public List<RoundChoice> rounds() {
        List<RoundChoice> rounds = new ArrayList<>();
        for (Object row : em.createNativeQuery("select r.id, r.name, r.talks_date from exchange_round r "
                + "order by r.talks_date desc nulls last, r.id desc").getResultList()) {
            Object[] columns = (Object[]) row;
            rounds.add(new RoundChoice(((Number) columns[0]).longValue(), (String) columns[1],
                    columns[2] == null ? null : ((java.sql.Date) columns[2]).toLocalDate()));
        }
        return rounds;
    }

    /** The offices a filter can name: every office for head office, the reader's own otherwise. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.CASEWORKER})
    public List<String> offices() {
        if (currentUser.scope().seesAllOffices()) {
            return offices.all().stream().map(Office::getCode).sorted().toList();
        }
        return List.of(currentUser.getOfficeCode());
    }

    private Report compute(ReportQueries queries, ReportName name, ReportFilter filter) {
        return new Report(name, filter, queries.roundName(), scopeText(), currentUser.getUsername(), Instant.now(clock),
                queries.tables(name));
    }

    private String scopeText() {
        if (!currentUser.hasRole(Role.SUPERVISOR)) {
            return "own:" + currentUser.getUsername();
        }
        return currentUser.scope().seesAllOffices() ? "all" : "office:" + currentUser.getOfficeCode();
    }

    private ReportQueries queries(ReportFilter filter) {
        Long filterOffice = null;
        if (filter.office() != null) {
            Office office = offices.require("office", filter.office());
            if (currentUser.hasRole(Role.SUPERVISOR) && !currentUser.scope().seesAllOffices()
                    && !office.getCode().equals(currentUser.getOfficeCode())) {
                Validation.reject(List.of(FieldError.of("office", "report.office.outOfScope", office.getCode(),
                        currentUser.getOfficeCode())));
            }
            filterOffice = office.getId();
        }
        if (dialect() == Database.POSTGRESQL) {
            // PostgreSQL compiles a plan it thinks costly (a million index entries grouped) to machine code
            // first; for these aggregates the compiling took longer (about 230 ms) than it saved. For this
            // transaction only.
            em.createNativeQuery("set local jit = off").executeUpdate();
        }
        return new ReportQueries(em, dialect(), reader(), filter, filterOffice, Instant.now(clock), clock.getZone());
    }

    /**
     * The reader's scope: a supervisor's record scope, exactly as the case list applies it (so its links
     * count the same people); for a caseworker, only the cases assigned to them ("my figures"), which the
     * links say with {@code assignedTo}.
     */
    private ReportQueries.Reader reader() {
        if (!currentUser.hasRole(Role.SUPERVISOR)) {
            return new ReportQueries.Reader(currentUser.getUsername(),
                    new SqlCondition("p.assigned_to_id = ?", List.of(currentUser.getUserId() == null ? -1L : currentUser.getUserId()),
                            List.of()),
                    Map.of("assignedTo", currentUser.getUsername()), false, currentUser.getOfficeId(), true);
        }
        RecordScope scope = currentUser.scope();
        List<SqlCondition> parts = scope.sqlParts("p.office_id", currentUser.getOfficeId(), "p.assigned_to_id",
                currentUser.getUserId(), "p.restricted");
        SqlCondition one;
        if (parts.isEmpty()) {
            one = new SqlCondition("1 = 0", List.of(), List.of());
        } else if (parts.size() == 1) {
            one = parts.get(0);
        } else {
            one = new SqlCondition(parts.stream().map(part -> "(" + part.sql() + ")").collect(Collectors.joining(" or ")),
                    parts.stream().flatMap(part -> part.parameters().stream()).toList(), List.of());
        }
        return new ReportQueries.Reader(currentUser.getUsername(), one, Map.of(), scope.seesAllOffices(),
                currentUser.getOfficeId(), false);
    }

    private Database dialect() {
        if (dialect == null) {
            dialect = Database.of(em);
        }
        return dialect;
    }
}
