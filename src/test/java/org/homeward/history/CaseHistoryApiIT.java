package org.homeward.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A case's history through the API: field-level differences with who and when, and who opened it. */
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
}
