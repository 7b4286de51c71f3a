package org.homeward.person;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.homeward.access.RecordScope;
import org.homeward.platform.Role;
import org.homeward.demo.PeopleGenerator;
import org.homeward.platform.Database;

/**
 * The registry benchmark (issue "Case registry", performance): fills a database with a large
 * registry (1,000,000 people by default) and measures the case list's first page, a filtered page and
 * a name search through the running server's API, reporting the median and 95th percentile.
 * Run through src/test/benchmark/registry.sh, which starts and stops the server; see docs/benchmarks.md.
 *
 * <p>The rows are written with JDBC batches for speed: the same migrations create the schema, the
 * same generator and the same {@link Person#reindex()} make the rows and search keys the application
 * makes. Loaded rows have no audit revisions: they stand for history that predates the benchmark.
 */
public final class RegistryBenchmark {

    private static final String[] SEARCH_NAMES = {"Шевченко", "Kovalenko", "bondarenko", "Ткаченко", "Melnyk", "oleksii"};

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "measure";
        if (command.equals("load")) {
            load(Integer.parseInt(System.getProperty("count", "1000000")), Long.getLong("seed", 20261125L));
        } else if (command.equals("queries")) {
            queries(Integer.parseInt(System.getProperty("rounds", "20")), Boolean.getBoolean("explain"));
        } else {
            measure(System.getProperty("url", "http://127.0.0.1:8080/"), Integer.parseInt(System.getProperty("rounds", "100")));
        }
    }

    // ---- loading

    static void load(int count, long seed) throws Exception {
        load(System.getenv().getOrDefault("DB_URL", "jdbc:h2:file:./target/benchmark/h2/homeward"),
                System.getenv().getOrDefault("DB_USER", "sa"), System.getenv().getOrDefault("DB_PASSWORD", "sa"), count, seed);
    }

    /** Fills the registry at {@code url} up to {@code count} people (the fault tests' export fills the cluster's). */
    public static void load(String url, String user, String password, int count, long seed) throws Exception {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = PersonRows.bulkLoad(url, user, password)) {
            long existing = single(db, "select count(*) from person");
            if (existing >= count) {
                System.out.printf("registry already holds %,d people%n", existing);
                return;
            }
            Map<String, Long> officeIds = PersonRows.offices(db);
            Instant started = Instant.now();
            // Case numbers per category and year, a year for each million people: a number has at most six
            // digits (CIVILIAN-2025-1000001 would not fit the column), so five million people take five years, 2025
            // and the four before it (never the server's current year, whose numbers it gives out itself).
            Map<String, Long> numbers = new HashMap<>();
            PeopleGenerator generator = new PeopleGenerator(seed + existing);
            long nextId;
            List<String> indexes = PersonRows.dropSecondaryIndexes(db);
            // Ids after those of an earlier load (people and their documents share one range, with gaps).
            long firstId = Math.max(10_000_000L, 1 + Math.max(single(db, "select coalesce(max(id), 0) from person"),
                    single(db, "select coalesce(max(id), 0) from identity_document")));
            try (PersonRows rows = new PersonRows(db, officeIds, firstId)) {
                for (long n = existing; n < count; n++) {
                    PersonDetails details = generator.next();
                    int chunk = (int) (n / 1_000_000);
                    long number = numbers.merge(details.getCategory() + "/" + chunk, 1L, Long::sum)
                            + (chunk == existing / 1_000_000 ? existing % 1_000_000 : 0);
                    Instant registered = details.getCircumstances().getCircumstanceDate() == null ? Instant.parse("2026-01-01T12:00:00Z")
                            : details.getCircumstances().getCircumstanceDate().atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(12));
                    rows.add(PersonRows.person(details, details.getCategory(), 2025 - chunk, number, registered), null);
                    if ((n + 1) % 1000 == 0) {
                        rows.flush();
                        db.commit();
                    }
                    if ((n + 1) % 100_000 == 0) {
                        System.out.printf("%,d people loaded (%s)%n", n + 1, Duration.between(started, Instant.now()));
                    }
                }
                rows.flush();
                db.commit();
                nextId = rows.nextId();
            }
            Instant indexing = Instant.now();
            PersonRows.rebuildIndexes(db, indexes);
            if (!indexes.isEmpty()) {
                System.out.printf("%d indexes built again in %s%n", indexes.size(), Duration.between(indexing, Instant.now()));
            }
            // Sequences past the loaded ids, so that the application's own inserts never collide.
            try (Statement statement = db.createStatement()) {
                statement.execute("alter sequence person_part_seq restart with " + (nextId + 1000));
                statement.execute("analyze");
            } catch (SQLException notEverywhere) {
                db.rollback();
            }
            db.commit();
            System.out.printf("loaded %,d people in %s%n", count - existing, Duration.between(started, Instant.now()));
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- measuring the SQL alone

    /** A case list request as the SQL PersonService sends for it: who asks, and the query. */
    record QueryShape(String name, RecordScope scope, java.util.function.Function<RecordScope, RegistryQuery> query,
                      int page) {
    }

    /**
     * Runs the exact SQL that {@link PersonService#search} sends (the capped count, then the page ids,
     * built by the same {@link RegistryQuery}) straight over JDBC, {@code rounds} times after 3 warm-up
     * rounds, and prints median and 95th percentile per request shape; with {@code -Dexplain=true} also
     * the plans (EXPLAIN on H2, EXPLAIN ANALYZE on PostgreSQL). No server: the times are the database's
     * plus the JDBC round trips. H2's per-session cache of the last result of an identical query is off
     * (QUERY_CACHE_SIZE=0), so every round really counts.
     */
    static void queries(int rounds, boolean explain) throws Exception {
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:h2:file:./target/benchmark/h2/homeward");
        Database dialect = url.startsWith("jdbc:h2:") ? Database.H2 : Database.POSTGRESQL;
        if (dialect == Database.H2) {
            url += ";QUERY_CACHE_SIZE=0";
        }
        // The registry is loaded (and migrated) by "load" first.
        try (Connection db = DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "sa"),
                System.getenv().getOrDefault("DB_PASSWORD", "sa"))) {
            db.setAutoCommit(false);
            Map<String, Long> offices = PersonRows.offices(db);
            db.setAutoCommit(true);
            long caseworkerId = 1L;
            RecordScope headOffice = RecordScope.of("hq", "HQ", true, java.util.EnumSet.of(Role.SUPERVISOR));
            RecordScope caseworker = RecordScope.of("caseworker", "KYIV", false, java.util.EnumSet.of(Role.CASEWORKER));
            java.util.function.BiFunction<RecordScope, String, List<RecordScope.SqlCondition>> parts = (scope, office) ->
                    scope.sqlParts("p.office_id", offices.get(office), "p.assigned_to_id", caseworkerId, "p.restricted");
            List<QueryShape> shapes = List.of(
                    new QueryShape("1 first page, head office", headOffice,
                            scope -> new RegistryQuery(dialect, parts.apply(scope, "HQ"), List.of(), PersonSearch.Order.NEWEST), 0),
                    new QueryShape("2 CHILD + office KHARKIV, page 3", headOffice,
                            scope -> new RegistryQuery(dialect, parts.apply(scope, "HQ"), List.of(), PersonSearch.Order.NEWEST)
                                    .where("p.category", "CHILD").where("p.office_id", offices.get("KHARKIV")), 3),
                    new QueryShape("2b CHILD + oblast Kharkivska, page 3", headOffice,
                            scope -> new RegistryQuery(dialect, parts.apply(scope, "HQ"), List.of(), PersonSearch.Order.NEWEST)
                                    .where("p.category", "CHILD").where("p.oblast", "Kharkivska"), 3),
                    new QueryShape("3 POW + OWN + REPORTED + Donetska, page 1", headOffice,
                            scope -> new RegistryQuery(dialect, parts.apply(scope, "HQ"), List.of(), PersonSearch.Order.NEWEST)
                                    .where("p.category", "POW").where("p.side", "OWN").where("p.status", "REPORTED")
                                    .where("p.oblast", "Donetska"), 1),
                    name(dialect, headOffice, parts, "Шевченко"),
                    name(dialect, headOffice, parts, "kovalenko"),
                    name(dialect, headOffice, parts, "oleksii"),
                    name(dialect, headOffice, parts, "Шевченко Олексій"),
                    name(dialect, headOffice, parts, "zhukova"),
                    new QueryShape("5 first page, caseworker (KYIV)", caseworker,
                            scope -> new RegistryQuery(dialect, parts.apply(scope, "KYIV"), List.of(), PersonSearch.Order.NEWEST), 0),
                    new QueryShape("5b caseworker, CHILD, page 3", caseworker,
                            scope -> new RegistryQuery(dialect, parts.apply(scope, "KYIV"), List.of(), PersonSearch.Order.NEWEST)
                                    .where("p.category", "CHILD"), 3),
                    new QueryShape("6 deep page 2000, head office", headOffice,
                            scope -> new RegistryQuery(dialect, parts.apply(scope, "HQ"), List.of(), PersonSearch.Order.NEWEST), 2000));
            System.out.printf("%s, %,d people, %d rounds%n", db.getMetaData().getDatabaseProductVersion(),
                    single(db, "select count(*) from person"), rounds);
            System.out.printf("%-44s %9s %9s %9s %9s %8s%n", "request", "median", "p95", "count", "page", "total");
            for (QueryShape shape : shapes) {
                RegistryQuery query = shape.query().apply(shape.scope());
                List<Double> millis = new ArrayList<>();
                List<Double> countMillis = new ArrayList<>();
                long total = 0;
                for (int round = -3; round < rounds; round++) {
                    long start = System.nanoTime();
                    long counted;
                    if (query.searchesSeveralWords()) {
                        // As PersonService does: one statement gives every match, the total and the page.
                        total = 0;
                        try (PreparedStatement statement = prepare(db, query.allMatches()); ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                rs.getLong(1);
                                total++;
                            }
                        }
                        counted = System.nanoTime();
                    } else {
                        total = single(db, query.count());
                        counted = System.nanoTime();
                        RegistryQuery.Sql page = query.page(shape.page() * 50L, 50, total <= RegistryQuery.COUNT_CAP);
                        try (PreparedStatement statement = prepare(db, page); ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                rs.getLong(1);
                            }
                        }
                    }
                    if (round >= 0) {
                        millis.add((System.nanoTime() - start) / 1e6);
                        countMillis.add((counted - start) / 1e6);
                    }
                }
                List<Double> pageMillis = new ArrayList<>();
                for (int i = 0; i < millis.size(); i++) {
                    pageMillis.add(millis.get(i) - countMillis.get(i));
                }
                Collections.sort(millis);
                Collections.sort(countMillis);
                Collections.sort(pageMillis);
                System.out.printf("%-44s %7.1fms %7.1fms %7.1fms %7.1fms %8s%n", shape.name(), percentile(millis, 50),
                        percentile(millis, 95), percentile(countMillis, 50), percentile(pageMillis, 50),
                        total > RegistryQuery.COUNT_CAP ? ">" + RegistryQuery.COUNT_CAP : String.valueOf(total));
                if (explain) {
                    for (RegistryQuery.Sql sql : List.of(query.count(),
                            query.page(shape.page() * 50L, 50, total <= RegistryQuery.COUNT_CAP))) {
                        RegistryQuery.Sql plan = new RegistryQuery.Sql((dialect == Database.H2 ? "explain analyze "
                                : "explain (analyze, buffers) ") + sql.text(), sql.parameters());
                        System.out.println("  " + sql.text() + "\n  " + sql.parameters());
                        try (PreparedStatement statement = prepare(db, plan); ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                System.out.println("    " + rs.getString(1).replace("\n", "\n    "));
                            }
                        }
                    }
                }
            }
        }
    }

    private static QueryShape name(Database dialect, RecordScope scope,
                                   java.util.function.BiFunction<RecordScope, String, List<RecordScope.SqlCondition>> parts,
                                   String text) {
        return new QueryShape("4 name search \"" + text + "\"", scope, s -> new RegistryQuery(dialect, parts.apply(s, "HQ"),
                List.copyOf(SearchTerms.query(text)), PersonSearch.Order.NEWEST), 0);
    }

    private static PreparedStatement prepare(Connection db, RegistryQuery.Sql sql) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql.text());
        for (int i = 0; i < sql.parameters().size(); i++) {
            statement.setObject(i + 1, sql.parameters().get(i));
        }
        return statement;
    }

    private static long single(Connection db, RegistryQuery.Sql sql) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- measuring through the API

    record Scenario(String name, String user, String path) {
    }

    static void measure(String base, int rounds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario("first page (head office, all 1M)", "hq", "api/v1/persons?page=0&size=50"));
        scenarios.add(new Scenario("filtered page (CHILD, KHARKIV, page 3)", "hq",
                "api/v1/persons?category=CHILD&office=KHARKIV&page=3&size=50"));
        scenarios.add(new Scenario("filtered page (POW, OWN, status REPORTED, oblast)", "hq",
                "api/v1/persons?category=POW&side=OWN&status=REPORTED&oblast=Donetska&page=1&size=50"));
        for (String name : SEARCH_NAMES) {
            scenarios.add(new Scenario("name search \"" + name + "\"", "hq",
                    "api/v1/persons?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&size=50"));
        }
        scenarios.add(new Scenario("name search, two words (Шевченко Олексій)", "hq",
                "api/v1/persons?q=" + URLEncoder.encode("Шевченко Олексій", StandardCharsets.UTF_8) + "&size=50"));
        scenarios.add(new Scenario("deep page (page 2000)", "hq", "api/v1/persons?page=2000&size=50"));
        // Last: a caseworker's scope (own office or assigned, not restricted) is the slow case today.
        scenarios.add(new Scenario("first page (caseworker, own office)", "caseworker", "api/v1/persons?page=0&size=50"));

        System.out.printf("%-52s %8s %8s %8s %10s%n", "request", "median", "p95", "max", "rows");
        for (Scenario scenario : scenarios) {
            String authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (scenario.user() + ":homeward-demo").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + scenario.path()))
                    .header("Authorization", authorization).header("Accept", "application/json").build();
            String total = "";
            for (int warm = 0; warm < 10; warm++) {
                http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            List<Double> millis = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                millis.add((System.nanoTime() - start) / 1e6);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(scenario.name() + ": " + response.statusCode() + " " + response.body());
                }
                int at = response.body().indexOf("\"total\":");
                total = at < 0 ? "?" : response.body().substring(at + 8).split("[,}]")[0];
            }
            Collections.sort(millis);
            System.out.printf("%-52s %6.1fms %6.1fms %6.1fms %10s%n", scenario.name(), percentile(millis, 50),
                    percentile(millis, 95), millis.get(millis.size() - 1), total);
        }
        // Paging through many pages one after the other, for the memory check around this run.
        String authorization = "Basic " + Base64.getEncoder().encodeToString("hq:homeward-demo".getBytes(StandardCharsets.UTF_8));
        Instant started = Instant.now();
        for (int page = 0; page < 500; page++) {
            http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/persons?size=100&page=" + page))
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.discarding());
        }
        System.out.printf("paged through 500 pages of 100 in %s%n", Duration.between(started, Instant.now()));
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
