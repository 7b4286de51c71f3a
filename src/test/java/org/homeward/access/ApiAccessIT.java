package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API as partners' scripts see it: who may call what (every operation as every role), and
 * the error answers of the API contract.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    /** A demo user per role. */
    static final Map<String, String> USER_OF_ROLE = Map.of(
            "CASEWORKER", "caseworker", "SUPERVISOR", "supervisor", "PARTNER", "partner",
            "AUDITOR", "auditor", "ADMIN", "admin");

    static final Set<String> EVERYONE = USER_OF_ROLE.keySet();

    record Operation(String method, String path, String body, Set<String> allowed) {
    }

    // Bodies are empty or point at records that do not exist: an allowed call is refused for its
    // content (400/404), never written.
    static final List<Operation> OPERATIONS = List.of(
            new Operation("GET", "api/v1/me", null, EVERYONE),
            new Operation("PUT", "api/v1/me/password", "{}", EVERYONE),
            new Operation("GET", "api/v1/offices", null, EVERYONE),
            new Operation("POST", "api/v1/offices", "{}", Set.of("ADMIN")),
            new Operation("PUT", "api/v1/offices/NO_SUCH_OFFICE", "{}", Set.of("ADMIN")),
            new Operation("GET", "api/v1/users", null, Set.of("ADMIN")),
            new Operation("GET", "api/v1/users/999999999", null, Set.of("ADMIN")),
            new Operation("POST", "api/v1/users", "{}", Set.of("ADMIN")),
            new Operation("PUT", "api/v1/users/999999999", "{}", Set.of("ADMIN")),
            new Operation("POST", "api/v1/users/999999999/deactivate", "{}", Set.of("ADMIN")),
            new Operation("POST", "api/v1/users/999999999/activate", "{}", Set.of("ADMIN")),
            new Operation("POST", "api/v1/users/999999999/password-reset", "{}", Set.of("ADMIN")),
            new Operation("GET", "api/v1/role-grants", null, Set.of("ADMIN", "AUDITOR")),
            new Operation("POST", "api/v1/role-grants/999999999/confirm", "{}", Set.of("ADMIN")),
            new Operation("POST", "api/v1/role-grants/999999999/refuse", "{}", Set.of("ADMIN")),
            new Operation("GET", "api/v1/staff", null, Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/persons", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/persons", "{}", Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("GET", "api/v1/persons/999999999", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("PUT", "api/v1/persons/999999999", "{\"version\":0}", Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/persons/999999999/transitions", "{\"to\":\"LOCATED\"}", Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("GET", "api/v1/persons/999999999/history", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("GET", "api/v1/persons/999999999/events", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/persons/999999999/events", "{\"kind\":\"CAPTURE\",\"date\":\"2026-03-02\"}", Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("GET", "api/v1/approvals", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/approvals/999999999", "{\"decision\":\"APPROVE\"}", Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/rounds", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/rounds", "{}", Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/rounds/999999999", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("PUT", "api/v1/rounds/999999999", "{\"name\":\"x\",\"type\":\"MIXED\",\"version\":0}", Set.of("SUPERVISOR")),
            new Operation("POST", "api/v1/rounds/999999999/status", "{\"to\":\"NEGOTIATING\"}", Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/rounds/999999999/nominations", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/rounds/999999999/nominations", "{\"personId\":1}", Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("PUT", "api/v1/rounds/999999999/nominations/1", "{\"outcome\":\"ACCEPTED\"}", Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/rounds/999999999/exchange", "{}", Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/persons/999999999/changes", null, Set.of("SUPERVISOR", "AUDITOR")),
            new Operation("GET", "api/v1/audit/access?person=999999999", null, Set.of("AUDITOR")),
            new Operation("GET", "api/v1/audit/verify", null, Set.of("AUDITOR")),
            new Operation("GET", "api/v1/audit/access-log.csv?user=nobody", null, Set.of("AUDITOR")),
            new Operation("GET", "api/v1/reports", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("GET", "api/v1/reports/remains?from=2025-01-01", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("GET", "api/v1/reports/remains?format=csv", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/exports", "{}", Set.of("PARTNER", "SUPERVISOR")),
            new Operation("GET", "api/v1/exports", null, Set.of("PARTNER", "SUPERVISOR")),
            new Operation("GET", "api/v1/exports/options", null, Set.of("PARTNER", "SUPERVISOR")),
            new Operation("GET", "api/v1/exports/999999999", null, Set.of("PARTNER", "SUPERVISOR")),
            new Operation("POST", "api/v1/exports/999999999/cancel", "{}", Set.of("PARTNER", "SUPERVISOR")),
            new Operation("GET", "api/v1/exports/999999999/file", null, Set.of("PARTNER", "SUPERVISOR")),
            new Operation("GET", "api/v1/partners", null, Set.of("ADMIN", "SUPERVISOR")),
            new Operation("POST", "api/v1/partners", "{}", Set.of("ADMIN")),
            new Operation("GET", "api/v1/partners/999999999", null, Set.of("ADMIN", "SUPERVISOR")),
            new Operation("PUT", "api/v1/partners/999999999", "{\"version\":0}", Set.of("ADMIN")),
            new Operation("POST", "api/v1/partners/999999999/members", "{}", Set.of("ADMIN")),
            new Operation("DELETE", "api/v1/partners/999999999/members/nobody", null, Set.of("ADMIN")),
            new Operation("POST", "api/v1/partners/999999999/agreements", "{}", Set.of("SUPERVISOR")),
            new Operation("PUT", "api/v1/partners/999999999/agreements/999999999", "{}", Set.of("SUPERVISOR")),
            new Operation("POST", "api/v1/partners/999999999/agreements/999999999/end", "{\"version\":0}", Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/persons/999999999/matches", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/matches", "{}", Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("GET", "api/v1/duplicates", null, Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/duplicates/999999999", null, Set.of("SUPERVISOR")),
            new Operation("POST", "api/v1/duplicates/999999999/confirm", "", Set.of("SUPERVISOR")),
            new Operation("POST", "api/v1/duplicates/999999999/dismiss", "", Set.of("SUPERVISOR")),
            new Operation("POST", "api/v1/duplicates/999999999/merge", "{}", Set.of("SUPERVISOR")),
            new Operation("POST", "api/v1/duplicate-scans", "", Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/duplicate-scans/999999999", null, Set.of("SUPERVISOR")),
            new Operation("POST", "api/v1/duplicate-scans/999999999/cancel", "", Set.of("SUPERVISOR")),
            new Operation("GET", "api/v1/imports", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("GET", "api/v1/imports/999999999", null, Set.of("CASEWORKER", "SUPERVISOR")),
            new Operation("POST", "api/v1/imports/999999999/commit", "{\"mode\":\"VALID_ONLY\"}", Set.of("CASEWORKER", "SUPERVISOR")));

    @Test
    void everyOperationAsEveryRole() {
        Api api = Api.at(base);
        List<String> wrong = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            for (var role : USER_OF_ROLE.entrySet()) {
                Api.Answer answer = api.as(role.getValue()).send(operation.method(), operation.path(), operation.body());
                boolean expectAllowed = operation.allowed().contains(role.getKey());
                boolean denied = answer.status() == 403;
                if (expectAllowed == denied || answer.status() == 401 || answer.status() >= 500) {
                    wrong.add(operation.method() + " " + operation.path() + " as " + role.getKey() + " -> " + answer);
                }
                if (denied) {
                    assertEquals(403, answer.json().getInt("status"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void withoutCredentialsEveryOperationAnswers401() {
        Api anonymous = Api.at(base);
        for (Operation operation : OPERATIONS) {
            Api.Answer answer = anonymous.send(operation.method(), operation.path(), operation.body());
            assertEquals(401, answer.status(), operation.path());
            assertTrue(answer.header("WWW-Authenticate").startsWith("Basic"), operation.path());
            assertEquals(401, answer.json().getInt("status"));
        }
    }

    @Test
    void wrongPasswordAnswers401WithoutSayingWhy() {
        Api.Answer wrongPassword = Api.at(base).as("auditor", "not-the-password").get("api/v1/me");
        Api.Answer noSuchUser = Api.at(base).as("nobody-" + System.nanoTime(), "not-the-password").get("api/v1/me");

        assertEquals(401, wrongPassword.status());
        assertEquals(wrongPassword.body(), noSuchUser.body());
    }

    @Test
    void createAnswers201WithLocationAndTheRecord() {
        String username = org.homeward.testing.Unique.username("api");
        Api.Answer created = Api.at(base).as("admin").post("api/v1/users", """
                {"username":%s,"displayName":"Оксана Петрівна 🌻","office":"KHARKIV","roles":["CASEWORKER"],
                 "temporaryPassword":"a-long-temporary-passphrase"}""".formatted(Api.quote(username)));

        assertEquals(201, created.status(), created.body());
        JsonObject user = created.json();
        assertTrue(created.header("Location").endsWith("/api/v1/users/" + user.getJsonNumber("id").longValue()));
        assertEquals("Оксана Петрівна 🌻", user.getString("displayName"));
        assertEquals("KHARKIV", user.getString("office"));
        assertTrue(user.getBoolean("mustChangePassword"));
        assertFalse(user.containsKey("passwordHash"));
        assertEquals(200, Api.at(base).as("admin").get(created.header("Location").replaceFirst(".*/api/", "api/")).status());
    }

    @Test
    void badInputNamesEachFieldAndWritesNothing() {
        Api admin = Api.at(base).as("admin");
        String longName = "x".repeat(10_000);
        Api.Answer answer = admin.post("api/v1/users", """
                {"username":%s,"displayName":%s,"office":"'; drop table app_user; --","roles":["CASEWORKER","GOD"],
                 "temporaryPassword":"short"}""".formatted(Api.quote(longName), Api.quote(longName)));

        assertEquals(400, answer.status());
        JsonObject body = answer.json();
        assertEquals(400, body.getInt("status"));
        assertEquals("roles", body.getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Answer secondTry = admin.post("api/v1/users", """
                {"username":"олексій","displayName":%s,"office":"'; drop table app_user; --","roles":["CASEWORKER"],
                 "temporaryPassword":"short"}""".formatted(Api.quote(longName)));
        assertEquals(400, secondTry.status());
        List<String> fields = secondTry.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("username", "displayName", "office", "temporaryPassword")), fields.toString());
        secondTry.json().getJsonArray("errors").forEach(e -> assertFalse(e.asJsonObject().getString("message").isBlank()));

        assertTrue(admin.get("api/v1/users").array().stream()
                .noneMatch(u -> u.asJsonObject().getString("username").equals("олексій")));
        assertEquals(200, admin.get("api/v1/offices").status(), "the users table is still there");
    }

    @Test
    void malformedJsonIs400NamingTheBody() {
        Api.Answer answer = Api.at(base).as("admin").post("api/v1/users", "{\"username\": ");

        assertEquals(400, answer.status());
        assertEquals("body", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void staleVersionIs409SayingWhoChangedItAndWhen() {
        Api admin = Api.at(base).as("admin");
        String username = org.homeward.testing.Unique.username("conflict");
        JsonObject user = admin.post("api/v1/users", """
                {"username":%s,"displayName":"First name","office":"KYIV","roles":["CASEWORKER"],
                 "temporaryPassword":"a-long-temporary-passphrase"}""".formatted(Api.quote(username))).json();
        long id = user.getJsonNumber("id").longValue();
        long versionRead = user.getJsonNumber("version").longValue();

        Api.Answer first = admin.put("api/v1/users/" + id, """
                {"displayName":"Second name","office":"KYIV","roles":["CASEWORKER"],"version":%d}""".formatted(versionRead));
        Api.Answer second = admin.put("api/v1/users/" + id, """
                {"displayName":"Third name","office":"KYIV","roles":["CASEWORKER"],"version":%d}""".formatted(versionRead));

        assertEquals(200, first.status(), first.body());
        assertEquals(409, second.status());
        assertEquals(409, second.json().getInt("status"));
        assertTrue(second.json().getString("message").startsWith("changed by admin at "), second.body());
        assertEquals("Second name", admin.get("api/v1/users/" + id).json().getString("displayName"));
    }

    @Test
    void unknownPathsAndRecordsAre404Json() {
        Api admin = Api.at(base).as("admin");
        assertEquals(404, admin.get("api/v1/users/123456789").json().getInt("status"));
        assertEquals(404, admin.get("api/v1/no-such-thing").json().getInt("status"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Api.Answer answer = Api.at(base).as("caseworker").get("api/v1/me");
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("same-origin", answer.header("Referrer-Policy"));
        assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertNotNull(answer.header("X-Frame-Options"));
    }

    @Test
    void supervisorsSeeTheStaffOfTheirScope() {
        List<String> kyivOffices = Api.at(base).as("supervisor").get("api/v1/staff").array().stream()
                .map(u -> u.asJsonObject().getString("office")).distinct().toList();
        List<String> hqOffices = Api.at(base).as("hq").get("api/v1/staff").array().stream()
                .map(u -> u.asJsonObject().getString("office")).distinct().toList();

        assertEquals(List.of("KYIV"), kyivOffices);
        assertTrue(hqOffices.containsAll(List.of("HQ", "KYIV", "KHARKIV")), hqOffices.toString());
    }
}
