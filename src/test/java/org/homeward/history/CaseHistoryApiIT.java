package org.homeward.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.DirectDatabase;
import org.homeward.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case's history through the API: field-level differences with who and when, and who opened it; for
 * auditors which fields changed but not the personal values, until they reveal them with a reason that
 * the other auditors read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseHistoryApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private static String pow(String givenName, String extra) {
        return """
                {"category":"POW","side":"OWN","familyName":"Гуменюк","givenName":%s,"sex":"MALE","office":"KYIV"%s}"""
                .formatted(Api.quote(givenName), extra);
    }

    @Test
    void aCaseworkersEditShowsFieldByFieldWithTheirNameAndTheOpeningIsOnFile() {
        Api caseworker = Api.at(base).as("caseworker");
        Api.Answer created = caseworker.post("api/v1/persons", pow("Олексій", ""));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Api.Answer edited = caseworker.put("api/v1/persons/" + id, pow("Олексій Петрович", ",\"version\":0"));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(200, caseworker.get("api/v1/persons/" + id).status());
        assertEquals(201, caseworker.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\",\"reason\":\"ICRC visit\"}").status());
        assertEquals(201, caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":\"Mother called\"}").status());

        JsonObject history = Api.at(base).as("supervisor").get("api/v1/persons/" + id + "/changes").json();
        JsonArray changes = history.getJsonArray("changes");
        JsonObject edit = changes.stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("part").equals("Person") && c.getString("kind").equals("MOD")
                        && c.getJsonArray("changes").stream().anyMatch(f -> f.asJsonObject().getString("field").equals("givenName")))
                .findFirst().orElseThrow(() -> new AssertionError(changes.toString()));
        assertEquals("caseworker", edit.getString("username"));
        JsonObject givenName = edit.getJsonArray("changes").stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("field").equals("givenName")).findFirst().orElseThrow();
        assertEquals("Олексій", givenName.getString("before"));
        assertEquals("Олексій Петрович", givenName.getString("after"));
        assertTrue(changes.stream().map(JsonObject.class::cast).anyMatch(c -> c.getString("part").equals("StatusChange")
                && c.getJsonArray("changes").toString().contains("LOCATED")), changes.toString());
        assertTrue(changes.stream().map(JsonObject.class::cast).anyMatch(c -> c.getString("part").equals("CaseNote")
                && c.getString("kind").equals("ADD")), changes.toString());

        JsonArray openings = Api.at(base).as("auditor").get("api/v1/audit/access?person=" + id).array();
        assertTrue(openings.stream().map(JsonObject.class::cast)
                .anyMatch(o -> o.getString("username").equals("caseworker") && o.getString("action").equals("RECORD_OPENED")),
                openings.toString());

        JsonArray onlyHq = Api.at(base).as("auditor").get("api/v1/persons/" + id + "/changes?user=hq").json().getJsonArray("changes");
        assertEquals(0, onlyHq.size());
    }

    @Test
    void theAuditorDownloadsTheAccessLogOfACaseAsCsvAndTheDownloadIsOnFile() {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", pow("Петро", ""));
        long id = created.json().getJsonNumber("id").longValue();
        String caseNumber = created.json().getString("caseNumber");
        Api.at(base).as("caseworker").get("api/v1/persons/" + id);

        Api.Answer csv = Api.at(base).as("auditor").get("api/v1/audit/access-log.csv?case=" + caseNumber);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("\"id\",\"time\",\"user\",\"action\",\"client address\",\"subject type\",\"subject id\",\"case number\",\"detail\"",
                lines[0]);
        assertTrue(lines.length >= 2, csv.body());
        assertTrue(lines[1].contains("\"caseworker\",\"RECORD_OPENED\"")
                && lines[1].contains("\"person\",\"" + id + "\",\"" + caseNumber + "\""), lines[1]);

        Api.Answer exports = Api.at(base).as("auditor").get("api/v1/audit/access-log.csv?user=auditor&action=AUDIT_EXPORTED");
        assertTrue(exports.body().contains("case=" + caseNumber), exports.body());
        Api.Answer badAction = Api.at(base).as("auditor").get("api/v1/audit/access-log.csv?action=PEEKED");
        assertEquals(400, badAction.status());
        assertEquals("action", badAction.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void onlySupervisorsOfTheScopeAndAuditorsReadAHistory() {
        long id = Api.at(base).as("caseworker").post("api/v1/persons", pow("Іван", "")).json().getJsonNumber("id").longValue();
        assertEquals(403, Api.at(base).as("caseworker").get("api/v1/persons/" + id + "/changes").status());
        assertEquals(403, Api.at(base).as("partner").get("api/v1/persons/" + id + "/changes").status());
        assertEquals(200, Api.at(base).as("auditor").get("api/v1/persons/" + id + "/changes").status());
        assertEquals(200, Api.at(base).as("hq").get("api/v1/persons/" + id + "/changes").status());
        assertEquals(403, Api.at(base).as("supervisor").get("api/v1/audit/access?person=" + id).status());
        assertEquals(404, Api.at(base).as("auditor").get("api/v1/persons/999999999/changes").status());
        assertEquals(400, Api.at(base).as("auditor").get("api/v1/audit/access").status());
        Api.Answer badDate = Api.at(base).as("auditor").get("api/v1/persons/" + id + "/changes?from=yesterday");
        assertEquals(400, badDate.status());
        assertEquals("from", badDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        // Reading a history is on file too.
        JsonArray openings = Api.at(base).as("auditor").get("api/v1/persons/" + id + "/changes").json().getJsonArray("openings");
        assertTrue(openings.stream().map(JsonObject.class::cast).anyMatch(o -> o.getString("action").equals("HISTORY_VIEWED")
                && List.of("auditor", "hq").contains(o.getString("username"))), openings.toString());
    }

    /** A case with a name, a date of birth, a relative's contact, a note and a status move, made by the caseworker. */
    private long caseWithPersonalData() {
        Api caseworker = Api.at(base).as("caseworker");
        Api.Answer created = caseworker.post("api/v1/persons", pow("Олексій", ",\"dateOfBirth\":\"1994-03-17\""));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, caseworker.put("api/v1/persons/" + id,
                pow("Олексій Петрович", ",\"dateOfBirth\":\"1994-03-17\",\"version\":0")).status());
        assertEquals(201, caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":\"Mother called from Lviv\"}").status());
        assertEquals(201, caseworker.post("api/v1/persons/" + id + "/links",
                "{\"relation\":\"MOTHER\",\"contactName\":\"Галина Гуменюк\",\"contactDetails\":\"+380 44 123 4567\"}").status());
        assertEquals(201, caseworker.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\",\"reason\":\"ICRC visit\"}").status());
        return id;
    }

    private static JsonObject field(JsonArray changes, String part, String kind, String name) {
        return changes.stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("part").equals(part) && c.getString("kind").equals(kind))
                .flatMap(c -> c.getJsonArray("changes").stream().map(JsonObject.class::cast))
                .filter(f -> f.getString("field").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(part + " " + kind + " " + name + " not in " + changes));
    }

    @Test
    void anAuditorReadsWhoChangedWhichFieldsButNotThePersonalValuesASupervisorReadsThem() {
        long id = caseWithPersonalData();

        Api.Answer read = Api.at(base).as("auditor").get("api/v1/persons/" + id + "/changes");
        assertEquals(200, read.status(), read.body());
        for (String personal : new String[] {"Олексій", "1994-03-17", "Mother called", "Галина", "+380 44", "ICRC visit"}) {
            assertFalse(read.body().contains(personal), personal + " shows to the auditor: " + read.body());
        }
        JsonObject history = read.json();
        assertTrue(history.getBoolean("valuesHidden"));
        JsonArray changes = history.getJsonArray("changes");
        JsonObject givenName = field(changes, "Person", "MOD", "givenName");
        assertEquals("hidden", givenName.getString("type"));
        assertEquals("•••", givenName.getString("before"));
        assertEquals("•••", givenName.getString("after"));
        assertEquals("•••", field(changes, "CaseNote", "ADD", "text").getString("after"));
        assertEquals("•••", field(changes, "FamilyLink", "ADD", "contactDetails").getString("after"));
        // Who, when, from where, and what is no one's personal data stay readable.
        assertEquals("POW", field(changes, "Person", "ADD", "category").getString("after"));
        assertEquals("KYIV", field(changes, "Person", "ADD", "office").getString("after"));
        assertEquals("LOCATED", field(changes, "StatusChange", "ADD", "to").getString("after"));
        assertEquals("MOTHER", field(changes, "FamilyLink", "ADD", "relation").getString("after"));
        JsonObject edit = changes.stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("part").equals("Person") && c.getString("kind").equals("MOD")).findFirst().orElseThrow();
        assertEquals("caseworker", edit.getString("username"));
        assertFalse(edit.isNull("clientAddress"), edit.toString());

        JsonObject supervisors = Api.at(base).as("supervisor").get("api/v1/persons/" + id + "/changes").json();
        assertFalse(supervisors.getBoolean("valuesHidden"));
        assertEquals("Олексій Петрович", field(supervisors.getJsonArray("changes"), "Person", "MOD", "givenName").getString("after"));
        assertEquals("+380 44 123 4567",
                field(supervisors.getJsonArray("changes"), "FamilyLink", "ADD", "contactDetails").getString("after"));
    }

    @Test
    void anAuditorRevealsTheValuesOnlyWithAReasonThatAnotherAuditorReadsInTheAccessLog() {
        long id = caseWithPersonalData();
        String caseNumber = Api.at(base).as("auditor").get("api/v1/persons/" + id + "/changes").json().getString("caseNumber");
        Api auditor = Api.at(base).as("auditor");

        for (String body : new String[] {"{}", "{\"reason\":\"   \"}"}) {
            Api.Answer refused = auditor.post("api/v1/persons/" + id + "/changes/reveal", body);
            assertEquals(400, refused.status(), refused.body());
            assertEquals("reason", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
        }
        assertEquals(403, Api.at(base).as("supervisor").post("api/v1/persons/" + id + "/changes/reveal",
                "{\"reason\":\"curious\"}").status());

        String reason = "Complaint 2026-117 from the family about the record";
        Api.Answer revealed = auditor.post("api/v1/persons/" + id + "/changes/reveal", "{\"reason\":" + Api.quote(reason) + "}");
        assertEquals(200, revealed.status(), revealed.body());
        assertFalse(revealed.json().getBoolean("valuesHidden"));
        JsonArray changes = revealed.json().getJsonArray("changes");
        assertEquals("Олексій Петрович", field(changes, "Person", "MOD", "givenName").getString("after"));
        assertEquals("Mother called from Lviv", field(changes, "CaseNote", "ADD", "text").getString("after"));

        // The values were for that answer only.
        assertFalse(auditor.get("api/v1/persons/" + id + "/changes").body().contains("Олексій"));

        String other = anotherAuditor();
        Api.Answer log = Api.at(base).as(other, Api.DEMO_PASSWORD)
                .get("api/v1/audit/access-log.csv?action=HISTORY_REVEALED&case=" + caseNumber);
        assertEquals(200, log.status(), log.body());
        String[] lines = log.body().split("\r\n");
        assertEquals(2, lines.length, log.body());
        assertTrue(lines[1].contains("\"auditor\",\"HISTORY_REVEALED\"") && lines[1].contains("\"" + caseNumber + "\"")
                && lines[1].endsWith("\"" + reason + "\""), lines[1]);
    }

    /** A second auditor, made in the database (as an operator would) with the demo auditor's password and office. */
    private static String anotherAuditor() {
        String username = Unique.username("auditor");
        long userId = 900_000_000L + System.nanoTime() % 1_000_000L;
        DirectDatabase.execute("insert into app_user (id, username, display_name, office_id, active, password_hash, "
                + "must_change_password, failed_logins, version) select ?, ?, 'Second auditor', office_id, true, password_hash, "
                + "false, 0, 0 from app_user where username = 'auditor'", userId, username);
        DirectDatabase.execute("insert into app_user_role (user_id, role) values (?, 'AUDITOR')", userId);
        return username;
    }
}
