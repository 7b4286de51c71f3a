package org.homeward.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.homeward.access.RecordScope.SqlCondition;
import org.homeward.person.CaseSelection;
import org.homeward.person.Category;
import org.homeward.person.IdentificationStatus;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.Database;

/**
 * The figures of every report, each an aggregate query over the person table (and nominations, tasks)
 * within one reader's scope and filters; never entities. Every count of people is made of the same
 * conditions as the case list ({@link CaseSelection#conditions} and the list's own equality filters), and
 * carries the list parameters of those conditions, so a figure and the list it links to agree by
 * construction. The indexes these queries are read from are V8's (see its comments).
 */
final class ReportQueries {

    /** Who reads, and what the reader's scope is in SQL and in case-list parameters. */
    record Reader(String username, SqlCondition scope, Map<String, String> scopeParameters, boolean headOffice,
                  Long officeId, boolean ownCaseload) {
    }

    private static final int MAX_FLOW_MONTHS = 60;
    private static final int DEFAULT_FLOW_MONTHS = 24;
    // The newest rounds when no round or period is chosen: enough for the negotiations at hand, and a page
    // that stays light; a period or a round filter reaches the others.
    private static final int MAX_ROUNDS = 10;

    private final EntityManager em;
    private final Database dialect;
    private final Reader reader;
    private final ReportFilter filter;
    private final Long filterOfficeId;
    private final Instant now;
    private final ZoneId zone;

    /** The one scan behind the status, children and remains reports, made once per dashboard. */
    private List<Object[]> statusScan;

    ReportQueries(EntityManager em, Database dialect, Reader reader, ReportFilter filter, Long filterOfficeId,
                  Instant now, ZoneId zone) {
        this.em = em;
        this.dialect = dialect;
        this.reader = reader;
        this.filter = filter;
        this.filterOfficeId = filterOfficeId;
        this.now = now;
        this.zone = zone;
    }

    /** The name of the round the filter names, if it names one. */
    String roundName() {
        if (filter.round() == null) {
            return null;
        }
        List<Object[]> found = rows(List.of(filter.round()), "select r.name from exchange_round r where r.id = ?");
        return found.isEmpty() ? null : (String) found.get(0)[0];
    }

    List<ReportTable> tables(ReportName name) {
        return switch (name) {
            case STATUS -> status();
            case CHILDREN -> children();
            case REMAINS -> remains();
            case FLOW -> flow();
            case ROUNDS -> rounds();
            case TIME_TO_REPATRIATION -> timeToRepatriation();
            case WORKLOAD -> workload();
            case STALE_CASES -> staleCases();
        };
    }

    // ---- people by status

    /**
     * One row per (office, category, side, status, restricted, deceased, identification, assignee) with its
     * count, behind the status, children, remains, workload and stale-cases reports. Without a period or a
     * round it is the tally of people (V10: a few thousand rows kept in step with every change); with one,
     * a pass over ix_person_report, which also says in column 9 whether each case is stale.
     */
    private List<Object[]> statusScan() {
        if (statusScan == null) {
            Where where = base(true, true);
            String columns = String.join(", ", PersonTally.COLUMNS.stream().map(c -> "p." + c).toList());
            if (fromTally()) {
                statusScan = rows(where, "select " + columns + ", sum(p.people) from person_tally p where " + where.sql()
                        + " group by " + columns + " having sum(p.people) <> 0");
            } else {
                List<Object> parameters = new ArrayList<>();
                parameters.add(staleBefore());
                parameters.addAll(where.parameters());
                statusScan = rows(parameters, "select " + columns + ", count(*), p.stale from (select " + columns
                        + ", case when p.updated_at < ? then 1 else 0 end as stale from person p where " + where.sql()
                        + ") p group by " + columns + ", p.stale");
            }
        }
        return statusScan;
    }

    /** Whether the tally of people can answer: it knows no registration dates and no round lists. */
    private boolean fromTally() {
        return filter.from() == null && filter.to() == null && filter.round() == null;
    }

    private List<ReportTable> status() {
        Where base = base(true, true);
        List<ReportTable> tables = new ArrayList<>();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : statusScan()) {
            long n = number(row[8]);
            String side = (String) row[2];
            String category = (String) row[1];
            String status = (String) row[3];
            counts.merge(side + "/" + category + "/" + status, n, Long::sum);
            counts.merge(side + "/*/" + status, n, Long::sum);
            counts.merge(side + "/" + category + "/*", n, Long::sum);
            counts.merge(side + "/*/*", n, Long::sum);
            counts.merge("office/" + number(row[0]) + "/" + status, n, Long::sum);
            counts.merge("office/" + number(row[0]) + "/*", n, Long::sum);
        }
        for (Side side : sides()) {
            List<Label> columns = new ArrayList<>();
            categories().forEach(c -> columns.add(Label.of("Category." + c.name())));
            columns.add(Label.of("report.total"));
            List<ReportTable.Row> rows = new ArrayList<>();
            for (RepatriationStatus status : RepatriationStatus.values()) {
                if (side == Side.HELD && status == RepatriationStatus.REUNITED) {
                    continue;
                }
                List<Figure> figures = new ArrayList<>();
                for (Category category : categories()) {
                    figures.add(people(base, counts.getOrDefault(side + "/" + category + "/" + status, 0L),
                            "category", category, "side", side, "status", status));
                }
                figures.add(people(base, counts.getOrDefault(side + "/*/" + status, 0L), "side", side, "status", status));
                rows.add(new ReportTable.Row(Label.of("RepatriationStatus." + status.name()), figures));
            }
            List<Figure> totals = new ArrayList<>();
            for (Category category : categories()) {
                totals.add(people(base, counts.getOrDefault(side + "/" + category + "/*", 0L), "category", category, "side", side));
            }
            totals.add(people(base, counts.getOrDefault(side + "/*/*", 0L), "side", side));
            rows.add(new ReportTable.Row(Label.of("report.total"), totals));
            tables.add(new ReportTable("status-" + side.name().toLowerCase(java.util.Locale.ROOT),
                    Label.of("report.status.table." + side.name()), Label.of("field.status"), columns, rows,
                    ReportTable.Chart.STACKED_BARS));
        }
        if (reader.headOffice() && filter.office() == null && !reader.ownCaseload()) {
            Map<Long, String> offices = offices();
            List<Label> columns = new ArrayList<>();
            for (RepatriationStatus status : RepatriationStatus.values()) {
                columns.add(Label.of("RepatriationStatus." + status.name()));
            }
            columns.add(Label.of("report.total"));
            List<ReportTable.Row> rows = new ArrayList<>();
            offices.forEach((id, code) -> {
                List<Figure> figures = new ArrayList<>();
                for (RepatriationStatus status : RepatriationStatus.values()) {
                    figures.add(people(base, counts.getOrDefault("office/" + id + "/" + status, 0L), "office", code, "status", status));
                }
                figures.add(people(base, counts.getOrDefault("office/" + id + "/*", 0L), "office", code));
                rows.add(new ReportTable.Row(Label.text(code), figures));
            });
            tables.add(new ReportTable("status-offices", Label.of("report.status.table.offices"), Label.of("field.office"),
                    columns, rows, ReportTable.Chart.STACKED_BARS));
        }
        return tables;
    }

    private List<ReportTable> children() {
        if (filter.category() != null && filter.category() != Category.CHILD) {
            return List.of();
        }
        Where base = base(true, true);
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : statusScan()) {
            if (!"CHILD".equals(row[1])) {
                continue;
            }
            long[] c = counts.computeIfAbsent((String) row[3], s -> new long[2]);
            c[0] += number(row[8]);
            if (Boolean.TRUE.equals(row[4])) {
                c[1] += number(row[8]);
            }
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        long[] total = new long[2];
        for (RepatriationStatus status : RepatriationStatus.values()) {
            long[] c = counts.getOrDefault(status.name(), new long[2]);
            total[0] += c[0];
            total[1] += c[1];
            rows.add(new ReportTable.Row(Label.of("RepatriationStatus." + status.name()), List.of(
                    people(base, c[0], "category", Category.CHILD, "status", status),
                    people(base, c[1], "category", Category.CHILD, "status", status, "restricted", true))));
        }
        rows.add(new ReportTable.Row(Label.of("report.total"), List.of(people(base, total[0], "category", Category.CHILD),
                people(base, total[1], "category", Category.CHILD, "restricted", true))));
        return List.of(new ReportTable("children", Label.of("report.children.title"), Label.of("field.status"),
                List.of(Label.of("report.children.count"), Label.of("report.children.restricted")), rows,
                ReportTable.Chart.BARS));
    }

    private List<ReportTable> remains() {
        Where base = base(true, true);
        Map<IdentificationStatus, Long> counts = new EnumMap<>(IdentificationStatus.class);
        for (Object[] row : statusScan()) {
            if (!"REMAINS".equals(row[1]) && !Boolean.TRUE.equals(row[5])) {
                continue;
            }
            // Remains whose identification is not recorded are not identified: counted, and listed, as such.
            IdentificationStatus status = row[6] == null ? IdentificationStatus.UNIDENTIFIED
                    : IdentificationStatus.valueOf((String) row[6]);
            counts.merge(status, number(row[8]), Long::sum);
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        long total = 0;
        for (IdentificationStatus status : IdentificationStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            total += n;
            rows.add(new ReportTable.Row(Label.of("IdentificationStatus." + status.name()),
                    List.of(people(base, n, "remains", true, "identification", status))));
        }
        rows.add(new ReportTable.Row(Label.of("report.total"), List.of(people(base, total, "remains", true))));
        return List.of(new ReportTable("remains", Label.of("report.remains.title"), Label.of("report.remains.identification"),
                List.of(Label.of("report.remains.count")), rows, ReportTable.Chart.BARS));
    }

    // ---- flow per month

    /** The events the flow counts, each with the column that holds when a person first had it. */
    private static final List<RepatriationStatus> FLOW_EVENTS = List.of(RepatriationStatus.REPORTED,
            RepatriationStatus.LOCATED, RepatriationStatus.REPATRIATED, RepatriationStatus.REUNITED);

    private List<ReportTable> flow() {
        Where base = base(false, true);
        List<YearMonth> months = flowMonths();
        List<Label> columns = new ArrayList<>();
        Map<RepatriationStatus, long[]> counts = flowFromTally() ? monthlyFromTally(months) : new EnumMap<>(RepatriationStatus.class);
        for (RepatriationStatus event : FLOW_EVENTS) {
            columns.add(Label.of("report.flow." + event.name()));
            counts.computeIfAbsent(event, e -> monthly(e, months));
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            String first = month.atDay(1).toString();
            String last = month.atEndOfMonth().toString();
            List<Figure> figures = new ArrayList<>();
            for (RepatriationStatus event : FLOW_EVENTS) {
                long n = counts.get(event)[i];
                figures.add(event == RepatriationStatus.REPORTED
                        ? people(base, n, "reportedFrom", first, "reportedTo", last)
                        : people(base, n, "reached", event, "reachedFrom", first, "reachedTo", last));
            }
            rows.add(new ReportTable.Row(Label.text(month.toString()), figures));
        }
        return List.of(new ReportTable("flow", Label.of("report.flow.title"), Label.of("report.flow.month"), columns, rows,
                ReportTable.Chart.LINES));
    }

    private List<YearMonth> flowMonths() {
        YearMonth last = YearMonth.from(filter.to() != null ? filter.to() : LocalDate.ofInstant(now, zone));
        YearMonth first = filter.from() != null ? YearMonth.from(filter.from()) : last.minusMonths(DEFAULT_FLOW_MONTHS - 1L);
        if (first.isBefore(last.minusMonths(MAX_FLOW_MONTHS - 1L))) {
            first = last.minusMonths(MAX_FLOW_MONTHS - 1L);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * Whether the flow's tally can answer: it knows no round lists, and counts in the months of the zone it
     * was built in, which must be this reader's.
     */
    private boolean flowFromTally() {
        if (filter.round() != null) {
            return false;
        }
        List<Object[]> zone = rows(List.of(), "select f.month_zone from milestone_tally_fold f where f.id = 1");
        return !zone.isEmpty() && zone.get(0)[0] != null && zone.get(0)[0].equals(this.zone.getId());
    }

    /** Every event's months from the flow's tally: a few thousand rows, whatever the number of people. */
    private Map<RepatriationStatus, long[]> monthlyFromTally(List<YearMonth> months) {
        Where where = base(false, true);
        where.add("p.reached_month >= ?", MilestoneTally.key(months.get(0)));
        where.add("p.reached_month <= ?", MilestoneTally.key(months.get(months.size() - 1)));
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            index.put(MilestoneTally.key(months.get(i)), i);
        }
        Map<RepatriationStatus, long[]> counts = new EnumMap<>(RepatriationStatus.class);
        FLOW_EVENTS.forEach(event -> counts.put(event, new long[months.size()]));
        for (Object[] row : rows(where, "select p.milestone, p.reached_month, sum(p.people) from milestone_tally p where "
                + where.sql() + " group by p.milestone, p.reached_month")) {
            counts.get(RepatriationStatus.valueOf((String) row[0]))[index.get((int) number(row[1]))] = number(row[2]);
        }
        return counts;
    }

    /**
     * How many people had the event in each month: one range of the event's index, each row put in its
     * month by a CASE over the months' first instants (the same instants the case-list links use).
     */
    private long[] monthly(RepatriationStatus event, List<YearMonth> months) {
        String column = event == RepatriationStatus.REPORTED ? "p.registered_at" : "p." + CaseSelection.milestoneColumn(event);
        Where where = base(false, true);
        where.add(column + " >= ?", start(months.get(0).atDay(1)));
        where.add(column + " < ?", start(months.get(months.size() - 1).plusMonths(1).atDay(1)));
        StringBuilder bucket = new StringBuilder("case");
        List<Object> bucketParameters = new ArrayList<>();
        for (int i = 1; i < months.size(); i++) {
            bucket.append(" when ").append(column).append(" < ? then ").append(i - 1);
            bucketParameters.add(start(months.get(i).atDay(1)));
        }
        bucket.append(" else ").append(months.size() - 1).append(" end");
        List<Object> parameters = new ArrayList<>(bucketParameters);
        parameters.addAll(where.parameters());
        long[] counts = new long[months.size()];
        for (Object[] row : rows(parameters, "select b.bucket, count(*) from (select " + bucket + " as bucket from person p where "
                + where.sql() + ") b group by b.bucket")) {
            counts[(int) number(row[0])] = number(row[1]);
        }
        return counts;
    }

    // ---- rounds

    private List<ReportTable> rounds() {
        Map<Long, String> rounds = roundsInView();
        if (rounds.isEmpty()) {
            return List.of(new ReportTable("rounds", Label.of("report.rounds.title"), Label.of("report.rounds.row"),
                    roundColumns(), List.of(), ReportTable.Chart.BARS));
        }
        String ids = String.join(", ", rounds.keySet().stream().map(String::valueOf).toList());
        Where where = base(false, false);
        Where base = where;
        // (round, side, category) -> outcome -> count
        Map<List<Object>, Map<String, Long>> tallies = new LinkedHashMap<>();
        for (Object[] row : rows(where, "select n.round_id, p.side, p.category, n.outcome, count(*) from nomination n "
                + "join person p on p.id = n.person_id where n.round_id in (" + ids + ") and " + where.sql()
                + " group by n.round_id, p.side, p.category, n.outcome")) {
            tallies.computeIfAbsent(List.of(number(row[0]), row[1], row[2]), k -> new HashMap<>())
                    .merge((String) row[3], number(row[4]), Long::sum);
        }
        Map<List<Object>, Long> quotas = new HashMap<>();
        for (Object[] row : rows(List.of(), "select q.round_id, q.side, q.category, q.quota from round_quota q where q.round_id in ("
                + ids + ")")) {
            if ((filter.side() == null || filter.side().name().equals(row[1]))
                    && (filter.category() == null || filter.category().name().equals(row[2]))) {
                quotas.put(List.of(number(row[0]), row[1], row[2]), number(row[3]));
            }
        }
        Set<List<Object>> keys = new java.util.TreeSet<>(ReportQueries::compareRoundRows);
        keys.addAll(tallies.keySet());
        keys.addAll(quotas.keySet());
        List<Long> order = new ArrayList<>(rounds.keySet());
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Long round : order) {
            for (List<Object> key : keys) {
                if (!key.get(0).equals(round)) {
                    continue;
                }
                Map<String, Long> t = tallies.getOrDefault(key, Map.of());
                Side side = Side.valueOf((String) key.get(1));
                Category category = Category.valueOf((String) key.get(2));
                Long quota = quotas.get(key);
                rows.add(new ReportTable.Row(Label.of("report.rounds.rowLabel", rounds.get(round),
                        Label.of("Side." + side.name()), Label.of("Category." + category.name())), List.of(
                        Figure.measure(quota == null ? 0 : quota),
                        roundPeople(base, t, round, side, category, "ACCEPTED", "EXCHANGED", "POSTPONED", "PROPOSED", "REJECTED"),
                        roundPeople(base, t, round, side, category, "ACCEPTED", "EXCHANGED"),
                        roundPeople(base, t, round, side, category, "REJECTED"),
                        roundPeople(base, t, round, side, category, "EXCHANGED"))));
            }
        }
        List<ReportTable.Row> reasons = new ArrayList<>();
        for (Object[] row : rows(where, "select n.round_id, n.reason, count(*) from nomination n join person p on p.id = n.person_id "
                + "where n.round_id in (" + ids + ") and n.outcome = 'REJECTED' and n.reason is not null and " + where.sql()
                + " group by n.round_id, n.reason order by n.round_id, count(*) desc, n.reason")) {
            long round = number(row[0]);
            reasons.add(new ReportTable.Row(Label.of("report.rounds.reasonLabel", rounds.get(round), row[1]),
                    List.of(people(base, number(row[2]), "round", round, "outcome", "REJECTED", "rejectionReason", row[1]))));
        }
        reasons.sort(java.util.Comparator.comparing(r -> order.indexOf(Long.valueOf(String.valueOf(
                ((ReportTable.Row) r).figures().get(0).cases().get("round"))))));
        return List.of(new ReportTable("rounds", Label.of("report.rounds.title"), Label.of("report.rounds.row"),
                        roundColumns(), rows, ReportTable.Chart.BARS),
                new ReportTable("rejections", Label.of("report.rounds.rejections"), Label.of("report.rounds.reason"),
                        List.of(Label.of("report.rounds.rejected")), reasons, ReportTable.Chart.NONE));
    }

    private static List<Label> roundColumns() {
        return List.of(Label.of("report.rounds.quota"), Label.of("report.rounds.nominated"),
                Label.of("report.rounds.accepted"), Label.of("report.rounds.rejected"), Label.of("report.rounds.exchanged"));
    }

    /** Rows of one round: side, then category, in the order of their enums. */
    private static int compareRoundRows(List<Object> a, List<Object> b) {
        int round = Long.compare((Long) a.get(0), (Long) b.get(0));
        int side = Side.valueOf((String) a.get(1)).compareTo(Side.valueOf((String) b.get(1)));
        return round != 0 ? round : side != 0 ? side
                : Category.valueOf((String) a.get(2)).compareTo(Category.valueOf((String) b.get(2)));
    }

    private Figure roundPeople(Where base, Map<String, Long> tally, long round, Side side, Category category, String... outcomes) {
        long n = 0;
        for (String outcome : outcomes) {
            n += tally.getOrDefault(outcome, 0L);
        }
        return people(base, n, "round", round, "outcome", String.join(",", new java.util.TreeSet<>(List.of(outcomes))),
                "side", side, "category", category);
    }

    /** The rounds the report covers: the filter's round, or those whose talks were in the period, newest first. */
    private Map<Long, String> roundsInView() {
        StringBuilder sql = new StringBuilder("select r.id, r.name from exchange_round r where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.round() != null) {
            sql.append(" and r.id = ?");
            parameters.add(filter.round());
        }
        if (filter.from() != null) {
            sql.append(" and r.talks_date >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and r.talks_date <= ?");
            parameters.add(filter.to());
        }
        sql.append(" order by r.talks_date desc nulls last, r.id desc fetch first ").append(MAX_ROUNDS).append(" rows only");
        Map<Long, String> rounds = new LinkedHashMap<>();
        for (Object[] row : rows(parameters, sql.toString())) {
            rounds.put(number(row[0]), (String) row[1]);
        }
        return rounds;
    }

    // ---- time from report to repatriation

    private List<ReportTable> timeToRepatriation() {
        String days = dialect == Database.H2 ? "datediff('SECOND', p.registered_at, p.repatriated_at) / 86400.0"
                : "extract(epoch from (p.repatriated_at - p.registered_at)) / 86400.0";
        Where base = base(false, true);
        Where where = base(false, true);
        // Always a range of ix_person_repatriated (H2 reads "is not null" as a scan of the whole table).
        where.add("p.repatriated_at >= ?", start(filter.from() != null ? filter.from() : LocalDate.of(1900, 1, 1)));
        if (filter.to() != null) {
            where.add("p.repatriated_at < ?", start(filter.to().plusDays(1)));
        }
        String measures = "count(*), percentile_cont(0.5) within group (order by " + days + "), "
                + "percentile_cont(0.9) within group (order by " + days + ")";
        Map<String, Object[]> byCategory = new HashMap<>();
        String table = " from person p" + dialect.indexHint("ix_person_repatriated") + " where ";
        for (Object[] row : rows(where, "select p.category, " + measures + table + where.sql() + " group by p.category")) {
            byCategory.put((String) row[0], row);
        }
        List<Object[]> all = rows(where, "select 'ALL', " + measures + table + where.sql());
        String from = filter.from() == null ? null : filter.from().toString();
        String to = filter.to() == null ? null : filter.to().toString();
        List<ReportTable.Row> rows = new ArrayList<>();
        for (Category category : categories()) {
            Object[] row = byCategory.get(category.name());
            rows.add(new ReportTable.Row(Label.of("Category." + category.name()), durations(base, row, from, to, category)));
        }
        rows.add(new ReportTable.Row(Label.of("report.total"), durations(base, all.isEmpty() ? null : all.get(0), from, to, null)));
        return List.of(new ReportTable("time-to-repatriation", Label.of("report.time-to-repatriation.title"),
                Label.of("field.category"), List.of(Label.of("report.time.repatriated"), Label.of("report.time.median"),
                Label.of("report.time.p90")), rows, ReportTable.Chart.BARS));
    }

    private List<Figure> durations(Where base, Object[] row, String from, String to, Category category) {
        long n = row == null ? 0 : number(row[1]);
        Figure people = people(base, n, "reached", "REPATRIATED", "reachedFrom", from, "reachedTo", to, "category", category);
        return List.of(people, Figure.measure(n == 0 ? null : days(row[2])), Figure.measure(n == 0 ? null : days(row[3])));
    }

    private static BigDecimal days(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    // ---- workload

    private List<ReportTable> workload() {
        Where base = base(true, true);
        Map<Long, Long> openCases = new HashMap<>();
        for (Object[] row : statusScan()) {
            if (row[7] != null && !"CLOSED".equals(row[3])) {
                openCases.merge(number(row[7]), number(row[8]), Long::sum);
            }
        }
        Where tasks = base(true, true);
        tasks.add("t.done = false");
        if (reader.ownCaseload()) {
            // A caseworker's own figures: never the tasks another caseworker holds on the same cases.
            tasks.add("t.assignee_id = (select u.id from app_user u where u.username = ?)", reader.username());
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(LocalDate.ofInstant(now, zone));
        parameters.addAll(tasks.parameters());
        Map<Long, long[]> taskCounts = new HashMap<>();
        // Without scope or filters (head office, nothing chosen) the tasks are counted off their own index;
        // otherwise each open task's case is checked.
        String from = tasks.conditions.size() == 1 ? "follow_up_task t" : "follow_up_task t join person p on p.id = t.person_id";
        for (Object[] row : rows(parameters, "select t.assignee_id, count(*), sum(case when t.due_on < ? then 1 else 0 end) "
                + "from " + from + " where " + tasks.sql() + " group by t.assignee_id")) {
            taskCounts.put(number(row[0]), new long[] {number(row[1]), number(row[2])});
        }
        Set<Long> people = new LinkedHashSet<>(openCases.keySet());
        people.addAll(taskCounts.keySet());
        List<ReportTable.Row> rows = new ArrayList<>();
        long[] total = new long[3];
        for (Object[] user : staff(people)) {
            long id = number(user[0]);
            String username = (String) user[1];
            long cases = openCases.getOrDefault(id, 0L);
            long[] t = taskCounts.getOrDefault(id, new long[2]);
            total[0] += cases;
            total[1] += t[0];
            total[2] += t[1];
            rows.add(new ReportTable.Row(Label.of("report.workload.person", user[2], username),
                    List.of(people(base, cases, "assignedTo", username, "open", true), Figure.measure(t[0]), Figure.measure(t[1]))));
        }
        rows.add(new ReportTable.Row(Label.of("report.total"), List.of(Figure.measure(total[0]), Figure.measure(total[1]),
                Figure.measure(total[2]))));
        return List.of(new ReportTable("workload", Label.of("report.workload.title"), Label.of("report.workload.caseworker"),
                List.of(Label.of("report.workload.openCases"), Label.of("report.workload.openTasks"),
                        Label.of("report.workload.overdueTasks")), rows, ReportTable.Chart.BARS));
    }

    /**
     * The caseworkers of the reader's view: for a supervisor those of the office (all offices for head
     * office), for a caseworker only themselves; plus anyone who holds cases or tasks in the view.
     */
    private List<Object[]> staff(Set<Long> holding) {
        StringBuilder sql = new StringBuilder("select u.id, u.username, u.display_name from app_user u where u.active = true and (");
        List<Object> parameters = new ArrayList<>();
        if (reader.ownCaseload()) {
            sql.append("u.username = ?");
            parameters.add(reader.username());
        } else {
            sql.append("u.id in (select r.user_id from app_user_role r where r.role = 'CASEWORKER')");
            Long office = filterOfficeId != null ? filterOfficeId : reader.headOffice() ? null : reader.officeId();
            if (office != null) {
                sql.append(" and u.office_id = ?");
                parameters.add(office);
            }
        }
        if (!holding.isEmpty()) {
            sql.append(" or u.id in (").append(String.join(", ", holding.stream().map(String::valueOf).toList())).append(")");
        }
        return rows(parameters, sql.append(") order by u.display_name, u.username").toString());
    }

    // ---- stale cases

    private List<ReportTable> staleCases() {
        Where base = base(true, true);
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : statusScan()) {
            if ("CLOSED".equals(row[3]) || (!fromTally() && number(row[9]) == 0)) {
                continue;
            }
            countStale(counts, (String) row[1], (String) row[2], number(row[8]));
        }
        if (fromTally()) {
            // The tally holds every open case; those changed since the cut-off are not stale. They are the
            // few, one range of ix_person_changed.
            Where recent = base(true, true);
            recent.add("p.updated_at >= ?", staleBefore());
            recent.add("p.status <> 'CLOSED'");
            for (Object[] row : rows(recent, "select p.category, p.side, count(*) from person p"
                    + dialect.indexHint("ix_person_changed") + " where " + recent.sql() + " group by p.category, p.side")) {
                countStale(counts, (String) row[0], (String) row[1], -number(row[2]));
            }
        }
        List<Label> columns = new ArrayList<>();
        sides().forEach(s -> columns.add(Label.of("Side." + s.name())));
        columns.add(Label.of("report.total"));
        List<ReportTable.Row> rows = new ArrayList<>();
        int days = filter.staleDays();
        for (Category category : categories()) {
            List<Figure> figures = new ArrayList<>();
            for (Side side : sides()) {
                figures.add(people(base, counts.getOrDefault(category + "/" + side, 0L), "category", category, "side", side,
                        "staleDays", days));
            }
            figures.add(people(base, counts.getOrDefault(category + "/*", 0L), "category", category, "staleDays", days));
            rows.add(new ReportTable.Row(Label.of("Category." + category.name()), figures));
        }
        List<Figure> totals = new ArrayList<>();
        for (Side side : sides()) {
            totals.add(people(base, counts.getOrDefault("*/" + side, 0L), "side", side, "staleDays", days));
        }
        totals.add(people(base, counts.getOrDefault("*/*", 0L), "staleDays", days));
        rows.add(new ReportTable.Row(Label.of("report.total"), totals));
        return List.of(new ReportTable("stale-cases", Label.of("report.stale-cases.table", days), Label.of("field.category"),
                columns, rows, ReportTable.Chart.STACKED_BARS));
    }

    private static void countStale(Map<String, Long> counts, String category, String side, long n) {
        counts.merge(category + "/" + side, n, Long::sum);
        counts.merge(category + "/*", n, Long::sum);
        counts.merge("*/" + side, n, Long::sum);
        counts.merge("*/*", n, Long::sum);
    }

    // ---- the conditions every count shares

    /**
     * The reader's scope and the filters, as SQL on {@code person p}, and the case-list parameters that
     * say the same. {@code periodOnReported}: the period selects when cases were reported (not so for the
     * flow, the rounds and the time to repatriation, which place it on their own events);
     * {@code withRound}: the round filter selects the people on that round's list.
     */
    private Where base(boolean periodOnReported, boolean withRound) {
        Where where = new Where();
        if (reader.scope().sql() != null) {
            where.add(reader.scope().sql(), reader.scope().parameters().toArray());
        }
        where.link.putAll(reader.scopeParameters());
        if (filter.office() != null) {
            where.add("p.office_id = ?", filterOfficeId == null ? -1L : filterOfficeId);
            where.link.put("office", filter.office());
        }
        if (filter.category() != null) {
            where.add("p.category = ?", filter.category().name());
            where.link.put("category", filter.category().name());
        }
        if (filter.side() != null) {
            where.add("p.side = ?", filter.side().name());
            where.link.put("side", filter.side().name());
        }
        CaseSelection selection = new CaseSelection(periodOnReported ? filter.from() : null,
                periodOnReported ? filter.to() : null, withRound ? filter.round() : null, Set.of(), null, null, null,
                null, null, null, null, null);
        for (SqlCondition condition : selection.conditions(now, zone)) {
            where.add(condition.sql(), condition.parameters().toArray());
        }
        where.link.putAll(selection.parameters());
        return where;
    }

    /** A count of people and the case-list parameters of exactly them: the base's, then the figure's own. */
    private static Figure people(Where base, long count, Object... nameValuePairs) {
        Map<String, String> parameters = new TreeMap<>(base.link);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            Object value = nameValuePairs[i + 1];
            if (value != null) {
                parameters.put((String) nameValuePairs[i], value instanceof Enum<?> e ? e.name() : value.toString());
            }
        }
        return Figure.people(count, parameters);
    }

    /** SQL conditions and their parameters, with the case-list parameters that say the same. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();
        private final Map<String, String> link = new LinkedHashMap<>();

        void add(String sql, Object... values) {
            conditions.add(sql);
            parameters.addAll(List.of(values));
        }

        String sql() {
            return conditions.isEmpty() ? "1 = 1" : "(" + String.join(") and (", conditions) + ")";
        }

        List<Object> parameters() {
            return parameters;
        }
    }

    // ---- small things

    private List<Side> sides() {
        return filter.side() == null ? List.of(Side.values()) : List.of(filter.side());
    }

    private List<Category> categories() {
        return filter.category() == null ? List.of(Category.values()) : List.of(filter.category());
    }

    private Map<Long, String> offices() {
        Map<Long, String> offices = new LinkedHashMap<>();
        for (Object[] row : rows(List.of(), "select o.id, o.code from office o order by o.code")) {
            offices.put(number(row[0]), (String) row[1]);
        }
        return offices;
    }

    /** Cases last changed before this are stale (the same instant the case list's staleDays selects by). */
    private java.time.OffsetDateTime staleBefore() {
        return now.minus(java.time.Duration.ofDays(filter.staleDays())).atOffset(java.time.ZoneOffset.UTC);
    }

    private java.time.OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private List<Object[]> rows(Where where, String sql) {
        return rows(where.parameters(), sql);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(List<Object> parameters, String sql) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
