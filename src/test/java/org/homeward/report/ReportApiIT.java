package org.homeward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.DirectDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports through the API as supervisors and caseworkers read them. Every figure is checked twice:
 * against a count made here, in Java, from the rows of the database (not by the report's SQL), and
 * against the case list its link opens, which must list exactly as many people.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportApiIT {

    private static final List<String> REPORTS = List.of("status", "children", "remains", "flow", "rounds",
            "time-to-repatriation", "workload", "stale-cases");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    @Test
    void headOfficeFiguresEqualIndependentCountsAndTheirLists() {
        Caseload caseload = Caseload.read();
        int checked = checkEveryFigure("hq", "", caseload, person -> true);
        assertTrue(checked > 200, "figures checked: " + checked);
    }

    @Test
    void filteredFiguresEqualIndependentCountsAndTheirLists() {
        Caseload caseload = Caseload.read();
        long round = caseload.nominations.stream().mapToLong(n -> n.round).max().orElseThrow();
        checkEveryFigure("hq", "?round=" + round, caseload, person -> true);
        checkEveryFigure("hq", "?category=CHILD&from=2023-01-01&to=" + LocalDate.now(), caseload, person -> true);
        checkEveryFigure("hq", "?office=KHARKIV&side=OWN&staleDays=30", caseload, person -> true);
    }

    @Test
    void anOfficeSupervisorSeesTheirOfficeOnly() {
        Caseload caseload = Caseload.read();
        checkEveryFigure("supervisor", "", caseload, p -> "KYIV".equals(p.office) || "supervisor".equals(p.assignee));

        JsonObject status = Api.at(base).as("supervisor").get("api/v1/reports/status").json();
        assertEquals("Figures of office KYIV", status.getString("scope"));
        assertFalse(tableIds(status).contains("status-offices"), "no breakdown by office for an office supervisor");
        assertTrue(tableIds(Api.at(base).as("hq").get("api/v1/reports/status").json()).contains("status-offices"));

        Api.Answer otherOffice = Api.at(base).as("supervisor").get("api/v1/reports/status?office=KHARKIV");
        assertEquals(400, otherOffice.status());
        assertEquals("office", otherOffice.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aCaseworkerSeesTheirOwnCaseloadOnly() {
        long mine = registerAssignedTo("caseworker");
        Api.at(base).as("caseworker").post("api/v1/persons/" + mine + "/tasks",
                "{\"description\":\"Call the mother\",\"dueOn\":\"" + LocalDate.now().plusDays(3) + "\",\"assignee\":\"caseworker\"}");
        DirectDatabase.execute("update follow_up_task set due_on = ? where person_id = ?", LocalDate.now().minusDays(5), mine);
        Caseload caseload = Caseload.read();

        checkEveryFigure("caseworker", "", caseload, p -> "caseworker".equals(p.assignee));

        JsonObject workload = Api.at(base).as("caseworker").get("api/v1/reports/workload").json();
        var rows = workload.getJsonArray("tables").getJsonObject(0).getJsonArray("rows");
        assertEquals(2, rows.size(), "their own row and the total: " + rows);
        assertTrue(rows.getJsonObject(0).getString("label").endsWith("(caseworker)"), rows.toString());
        long overdue = caseload.tasks.stream().filter(t -> "caseworker".equals(t.assignee) && !t.done
                && t.dueOn.isBefore(LocalDate.now()) && caseload.person(t.person).map(p -> "caseworker".equals(p.assignee)).orElse(false)).count();
        assertTrue(overdue >= 1);
        assertEquals(overdue, rows.getJsonObject(0).getJsonArray("figures").getJsonObject(2).getJsonNumber("value").longValue());
    }

    @Test
    void figuresSayWhatTheirRowsAndColumnsCount() {
        JsonObject status = Api.at(base).as("hq").get("api/v1/reports/status").json();
        JsonObject own = table(status, "status-own");
        assertEquals("Our people, to bring home (OWN)", own.getString("title"));
        assertEquals(List.of("Prisoner of war", "Detained civilian", "Child", "Remains", "Total"), strings(own.getJsonArray("columns")));
        var locatedPow = own.getJsonArray("rows").getJsonObject(1).getJsonArray("figures").getJsonObject(0);
        assertEquals("located", own.getJsonArray("rows").getJsonObject(1).getString("label"));
        assertEquals(Map.of("category", "POW", "side", "OWN", "status", "LOCATED"), query(locatedPow.getString("cases")));

        JsonObject flow = table(Api.at(base).as("hq").get("api/v1/reports/flow").json(), "flow");
        var lastMonth = flow.getJsonArray("rows").getJsonObject(flow.getJsonArray("rows").size() - 1);
        String month = java.time.YearMonth.now().toString();
        assertEquals(month, lastMonth.getString("label"));
        assertEquals(Map.of("reached", "REPATRIATED", "reachedFrom", month + "-01",
                        "reachedTo", java.time.YearMonth.now().atEndOfMonth().toString()),
                query(lastMonth.getJsonArray("figures").getJsonObject(2).getString("cases")));
    }

    @Test
    void timeToRepatriationIsTheMedianAndNinetiethPercentileInDays() {
        Caseload caseload = Caseload.read();
        JsonObject time = table(Api.at(base).as("hq").get("api/v1/reports/time-to-repatriation").json(), "time-to-repatriation");
        var all = time.getJsonArray("rows").getJsonObject(time.getJsonArray("rows").size() - 1).getJsonArray("figures");
        List<Double> days = new ArrayList<>();
        for (Person p : caseload.people) {
            Instant repatriated = caseload.firstReached(p.id, "REPATRIATED");
            if (repatriated != null) {
                days.add(Duration.between(p.registered, repatriated).getSeconds() / 86400.0);
            }
        }
        days.sort(null);
        assertTrue(days.size() >= 10, "the demo caseload has repatriated people: " + days.size());
        assertEquals(days.size(), all.getJsonObject(0).getJsonNumber("value").longValue());
        assertEquals(percentile(days, 0.5), all.getJsonObject(1).getJsonNumber("value").doubleValue(), 0.051);
        assertEquals(percentile(days, 0.9), all.getJsonObject(2).getJsonNumber("value").doubleValue(), 0.051);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        Api hq = Api.at(base).as("hq");
        for (var bad : Map.of("from=12.04.2026", "from", "from=2026-05-01&to=2026-04-01", "to", "round=abc", "round",
                "staleDays=0", "staleDays", "category=SOLDIER", "category", "side=BOTH", "side", "format=xls", "format",
                "office=NOWHERE", "office").entrySet()) {
            Api.Answer answer = hq.get("api/v1/reports/status?" + bad.getKey());
            assertEquals(400, answer.status(), bad.getKey());
            assertEquals(bad.getValue(), answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), bad.getKey());
        }
        assertEquals(404, hq.get("api/v1/reports/everything").status());
        assertEquals(403, Api.at(base).as("partner").get("api/v1/reports/status").status());
        assertEquals(403, Api.at(base).as("auditor").get("api/v1/reports").status());
    }

    @Test
    void thePdfHasTitleFiltersFiguresAndCyrillicAndTheDownloadIsLogged() throws Exception {
        String filters = "from=2000-01-01&to=" + LocalDate.now() + "&side=OWN";
        JsonObject json = Api.at(base).as("hq").get("api/v1/reports/status?" + filters).json();
        long ownTotal = lastFigure(table(json, "status-own"));

        HttpResponse<byte[]> pdf = download("hq", "api/v1/reports/status?format=pdf&" + filters, "application/pdf", "uk");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Особи за статусом і категорією"), text);
        assertTrue(text.contains("Період: 2000-01-01 – " + LocalDate.now()), text);
        assertTrue(text.contains("Сторона: Наш громадянин"), text);
        assertTrue(text.contains("Наші люди, яких треба повернути (OWN)"), text);
        assertTrue(text.contains("Створив hq"), text);
        assertTrue(text.contains(String.valueOf(ownTotal)), text);
        assertTrue(text.contains("Сторінка 1"), text);

        HttpResponse<byte[]> csv = download("hq", "api/v1/reports/status?" + filters, "text/csv", "en");
        assertEquals(200, csv.statusCode());
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\"Report\",\"Table\",\"Row\",\"Column\",\"Value\"\r\n"), body);
        // Figures are numbers in the file, not text: a spreadsheet can add them up.
        assertTrue(body.contains("\"People by status and category\",\"Our people, to bring home (OWN)\",\"Total\",\"Total\","
                + ownTotal + "\r\n"), body);

        List<Map<String, Object>> logged = DirectDatabase.rows("select detail from access_log_entry where username = 'hq' "
                + "and action = 'REPORT_DOWNLOADED' and subject_id = 'status' order by id desc");
        assertTrue(logged.size() >= 2);
        assertTrue(String.valueOf(logged.get(0).get("detail")).startsWith("csv [from=2000-01-01"), logged.toString());
        assertTrue(String.valueOf(logged.get(1).get("detail")).contains("pdf [from=2000-01-01"), logged.toString());
        assertTrue(String.valueOf(logged.get(1).get("detail")).contains("side=OWN"), logged.toString());
    }

    // ---- the check every figure goes through

    /**
     * Every report as {@code user} with the filters: each figure that counts people equals a count made here
     * from the database rows, and the case list of its link totals the same. Returns how many were checked.
     */
    private int checkEveryFigure(String user, String filters, Caseload caseload, Predicate<Person> scope) {
        Api api = Api.at(base).as(user);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String report : REPORTS) {
            int zerosListed = 0;
            Api.Answer answer = api.get("api/v1/reports/" + report + filters);
            assertEquals(200, answer.status(), report + filters + ": " + answer);
            for (JsonValue t : answer.json().getJsonArray("tables")) {
                JsonObject table = t.asJsonObject();
                for (JsonValue r : table.getJsonArray("rows")) {
                    JsonObject row = r.asJsonObject();
                    for (JsonValue f : row.getJsonArray("figures")) {
                        JsonObject figure = f.asJsonObject();
                        if (!figure.containsKey("cases") || figure.isNull("cases")) {
                            continue;
                        }
                        long value = figure.getJsonNumber("value").longValue();
                        Map<String, String> query = query(figure.getString("cases"));
                        long independent = caseload.people.stream().filter(scope).filter(p -> caseload.matches(p, query)).count();
                        // The list of every figure that counts someone, and of a few that count no one (a
                        // list of every empty month would only make the test slow).
                        long listed = value == 0 && zerosListed++ >= 5 ? 0
                                : api.get(figure.getString("cases").substring(1) + "&size=1").json().getJsonNumber("total").longValue();
                        if (value != independent || value != listed) {
                            wrong.add(report + " / " + table.getString("id") + " / " + row.getString("label") + ": figure "
                                    + value + ", counted " + independent + ", listed " + listed + " " + figure.getString("cases"));
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, user + filters);
        return checked;
    }

    // ---- the caseload as the database holds it, read here without the report's SQL

    record Person(long id, String office, String category, String side, String status, boolean restricted,
                  boolean deceased, String identification, Instant registered, Instant updated, String assignee) {
    }

    record Nomination(long round, long person, String outcome, String reason) {
    }

    record Task(String assignee, long person, boolean done, LocalDate dueOn) {
    }

    static final class Caseload {
        final List<Person> people = new ArrayList<>();
        final List<Nomination> nominations = new ArrayList<>();
        final List<Task> tasks = new ArrayList<>();
        final Map<Long, Map<String, Instant>> firstReached = new HashMap<>();
        final Map<Long, Person> byId = new HashMap<>();

        static Caseload read() {
            Caseload caseload = new Caseload();
            for (Map<String, Object> row : DirectDatabase.rows("select p.id, o.code as office, p.category, p.side, p.status, "
                    + "p.restricted, p.deceased, p.identification_status as identification, p.registered_at as registered, "
                    + "p.updated_at as updated, u.username as assignee from person p join office o on o.id = p.office_id "
                    + "left join app_user u on u.id = p.assigned_to_id")) {
                Person p = new Person(((Number) row.get("id")).longValue(), (String) row.get("office"), (String) row.get("category"),
                        (String) row.get("side"), (String) row.get("status"), (Boolean) row.get("restricted"),
                        (Boolean) row.get("deceased"), (String) row.get("identification"), (Instant) row.get("registered"),
                        (Instant) row.get("updated"), (String) row.get("assignee"));
                caseload.people.add(p);
                caseload.byId.put(p.id, p);
            }
            for (Map<String, Object> row : DirectDatabase.rows("select person_id, to_status, changed_at from status_change")) {
                caseload.firstReached.computeIfAbsent(((Number) row.get("person_id")).longValue(), k -> new HashMap<>())
                        .merge((String) row.get("to_status"), (Instant) row.get("changed_at"), (a, b) -> a.isBefore(b) ? a : b);
            }
            for (Map<String, Object> row : DirectDatabase.rows("select round_id, person_id, outcome, reason from nomination")) {
                caseload.nominations.add(new Nomination(((Number) row.get("round_id")).longValue(),
                        ((Number) row.get("person_id")).longValue(), (String) row.get("outcome"), (String) row.get("reason")));
            }
            for (Map<String, Object> row : DirectDatabase.rows("select u.username, t.person_id, t.done, t.due_on "
                    + "from follow_up_task t join app_user u on u.id = t.assignee_id")) {
                caseload.tasks.add(new Task((String) row.get("username"), ((Number) row.get("person_id")).longValue(),
                        (Boolean) row.get("done"), (LocalDate) row.get("due_on")));
            }
            return caseload;
        }

        java.util.Optional<Person> person(long id) {
            return java.util.Optional.ofNullable(byId.get(id));
        }

        Instant firstReached(long person, String status) {
            return firstReached.getOrDefault(person, Map.of()).get(status);
        }

        /** Whether a person is one of those the case-list parameters select, decided here in Java. */
        boolean matches(Person p, Map<String, String> query) {
            ZoneId zone = ZoneId.systemDefault();
            for (var parameter : query.entrySet()) {
                String v = parameter.getValue();
                boolean ok = switch (parameter.getKey()) {
                    case "category" -> p.category.equals(v);
                    case "side" -> p.side.equals(v);
                    case "status" -> p.status.equals(v);
                    case "office" -> p.office.equals(v);
                    case "assignedTo" -> v.equals(p.assignee);
                    case "restricted" -> p.restricted == Boolean.parseBoolean(v);
                    case "open" -> !Boolean.parseBoolean(v) || !p.status.equals("CLOSED");
                    case "reportedFrom" -> !p.registered.isBefore(LocalDate.parse(v).atStartOfDay(zone).toInstant());
                    case "reportedTo" -> p.registered.isBefore(LocalDate.parse(v).plusDays(1).atStartOfDay(zone).toInstant());
                    case "remains" -> (p.category.equals("REMAINS") || p.deceased) == Boolean.parseBoolean(v);
                    case "identification" -> v.equals(p.identification == null ? "UNIDENTIFIED" : p.identification);
                    case "staleDays" -> !p.status.equals("CLOSED")
                            && p.updated.isBefore(Instant.now().minus(Duration.ofDays(Long.parseLong(v))));
                    case "reached" -> reachedInPeriod(p, v, query.get("reachedFrom"), query.get("reachedTo"), zone);
                    case "reachedFrom", "reachedTo", "outcome", "rejectionReason" -> true;
                    case "round" -> nominations.stream().anyMatch(n -> n.person == p.id && n.round == Long.parseLong(v)
                            && (!query.containsKey("outcome") || Set.of(query.get("outcome").split(",")).contains(n.outcome))
                            && (!query.containsKey("rejectionReason") || query.get("rejectionReason").equals(n.reason)));
                    default -> throw new AssertionError("a figure links with an unknown parameter: " + parameter);
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private boolean reachedInPeriod(Person p, String status, String from, String to, ZoneId zone) {
            Instant reached = firstReached(p.id, status);
            return reached != null
                    && (from == null || !reached.isBefore(LocalDate.parse(from).atStartOfDay(zone).toInstant()))
                    && (to == null || reached.isBefore(LocalDate.parse(to).plusDays(1).atStartOfDay(zone).toInstant()));
        }
    }

    // ---- small things

    private long registerAssignedTo(String username) {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"CIVILIAN","side":"OWN","familyName":"Звітна","givenName":"Ганна","sex":"FEMALE",
                 "office":"KYIV","assignedTo":%s,"dateOfBirth":"1980-02-03"}""".formatted(Api.quote(username)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private HttpResponse<byte[]> download(String user, String path, String accept, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept).header("Accept-Language", language).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static double percentile(List<Double> sorted, double p) {
        // Linear interpolation between the closest ranks, as SQL's percentile_cont.
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return Math.round((sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below))) * 10) / 10.0;
    }

    private static JsonObject table(JsonObject report, String id) {
        for (JsonValue t : report.getJsonArray("tables")) {
            if (t.asJsonObject().getString("id").equals(id)) {
                return t.asJsonObject();
            }
        }
        throw new AssertionError("no table " + id + " in " + report);
    }

    private static List<String> tableIds(JsonObject report) {
        return report.getJsonArray("tables").stream().map(t -> t.asJsonObject().getString("id")).toList();
    }

    private static long lastFigure(JsonObject table) {
        var rows = table.getJsonArray("rows");
        var figures = rows.getJsonObject(rows.size() - 1).getJsonArray("figures");
        return figures.getJsonObject(figures.size() - 1).getJsonNumber("value").longValue();
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    static Map<String, String> query(String link) {
        Map<String, String> parameters = new HashMap<>();
        String query = link.substring(link.indexOf('?') + 1);
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
