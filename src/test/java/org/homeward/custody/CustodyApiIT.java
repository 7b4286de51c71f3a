package org.homeward.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Custody events of a case through the API: the timeline, the whereabouts, a death, bad input and scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustodyApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private long register(String user, String fields) {
        Api.Answer created = Api.at(base).as(user).post("api/v1/persons", """
                {"category":"POW","familyName":"Мельник","givenName":"Іван","sex":"MALE",%s}""".formatted(fields));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private Api.Answer record(String user, long personId, String json) {
        return Api.at(base).as(user).post("api/v1/persons/" + personId + "/events", json);
    }

    private static String field(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void eventsAreListedNewestFirstAtTheirPrecisionAndTheLatestMovesTheWhereabouts() {
        long id = register("caseworker", "\"side\":\"HELD\",\"office\":\"KYIV\"");
        long source = Api.at(base).as("caseworker").post("api/v1/persons/" + id + "/sources",
                "{\"kind\":\"ICRC_NOTIFICATION\",\"receivedOn\":\"2026-03-05\",\"reliability\":\"CONFIRMED\"}")
                .json().getJsonNumber("id").longValue();

        Api.Answer captured = record("caseworker", id, """
                {"kind":"CAPTURE","date":"2026-03-02","place":"near Vovchansk","sourceId":%d,"note":"with his unit"}"""
                .formatted(source));
        Api.Answer transferred = record("caseworker", id, """
                {"kind":"TRANSFER","date":"2026-04","precision":"MONTH","place":"Camp No. 1, Kherson oblast"}""");
        Api.Answer backDated = record("caseworker", id, """
                {"kind":"HOSPITAL_ADMISSION","date":"2026","precision":"YEAR","place":"Military hospital, Kharkiv"}""");

        assertEquals(201, captured.status(), captured.body());
        JsonObject event = captured.json().getJsonObject("event");
        assertEquals("CAPTURE", event.getString("kind"));
        assertEquals("2026-03-02", event.getString("date"));
        assertEquals("EXACT", event.getString("precision"));
        assertEquals(source, event.getJsonNumber("sourceId").longValue());
        assertEquals("ICRC_NOTIFICATION", event.getString("sourceKind"));
        assertEquals("caseworker", event.getString("recordedBy"));
        assertEquals("near Vovchansk", captured.json().getString("currentLocation"));
        assertEquals(201, transferred.status(), transferred.body());
        assertEquals("Camp No. 1, Kherson oblast", transferred.json().getString("currentLocation"));
        assertEquals(201, backDated.status(), backDated.body());
        assertEquals("Camp No. 1, Kherson oblast", backDated.json().getString("currentLocation"), "a back-dated event");

        JsonArray events = Api.at(base).as("caseworker").get("api/v1/persons/" + id + "/events").array();
        assertEquals(List.of("2026-04", "2026-03-02", "2026"), events.stream()
                .map(e -> e.asJsonObject().getString("date")).toList());
        assertEquals("MONTH", events.getJsonObject(0).getString("precision"));
        assertEquals("Camp No. 1, Kherson oblast",
                Api.at(base).as("caseworker").get("api/v1/persons/" + id).json().getString("currentLocation"));
    }

    @Test
    void whereaboutsConfirmedByHandWinOverAnEventDatedBefore() {
        long id = register("caseworker", """
                "side":"OWN","office":"KYIV","currentLocation":"Taganrog SIZO-2","locationConfirmedOn":"2026-06-10\"""");

        Api.Answer older = record("caseworker", id, "{\"kind\":\"TRANSFER\",\"date\":\"2026-06\",\"place\":\"Kursk\"}");
        assertEquals(201, older.status(), older.body());
        assertEquals("Taganrog SIZO-2", older.json().getString("currentLocation"));

        Api.Answer newer = record("caseworker", id, "{\"kind\":\"TRANSFER\",\"date\":\"2026-06-12\",\"place\":\"Bryansk\"}");
        assertEquals("Bryansk", newer.json().getString("currentLocation"));
    }

    @Test
    void badInputIsAnsweredWithTheFieldAndNothingIsRecorded() {
        long id = register("caseworker", "\"side\":\"HELD\",\"office\":\"KYIV\"");
        long other = register("caseworker", "\"side\":\"HELD\",\"office\":\"KYIV\"");
        long otherSource = Api.at(base).as("caseworker").post("api/v1/persons/" + other + "/sources",
                "{\"kind\":\"OPEN_SOURCE\",\"reliability\":\"CONFIRMED\"}").json().getJsonNumber("id").longValue();

        Api.Answer unknownKind = record("caseworker", id, "{\"kind\":\"VANISHED\",\"date\":\"2026-03-02\"}");
        Api.Answer future = record("caseworker", id, "{\"kind\":\"RELEASE\",\"date\":\"2099-01-01\"}");
        Api.Answer notAtPrecision = record("caseworker", id, "{\"kind\":\"RELEASE\",\"date\":\"2026-03\",\"precision\":\"EXACT\"}");
        Api.Answer badPrecision = record("caseworker", id, "{\"kind\":\"RELEASE\",\"date\":\"2026\",\"precision\":\"DECADE\"}");
        Api.Answer estimated = record("caseworker", id, "{\"kind\":\"RELEASE\",\"date\":\"2026\",\"precision\":\"ESTIMATED\"}");
        Api.Answer noDate = record("caseworker", id, "{\"kind\":\"RELEASE\",\"date\":\"31.02.2026\"}");
        Api.Answer foreignSource = record("caseworker", id,
                "{\"kind\":\"RELEASE\",\"date\":\"2026-03-02\",\"sourceId\":" + otherSource + "}");
        Api.Answer deathWithoutNote = record("supervisor", id, "{\"kind\":\"DEATH\",\"date\":\"2026-03-02\"}");

        assertEquals(400, unknownKind.status());
        assertEquals("kind", field(unknownKind));
        assertEquals(400, future.status());
        assertEquals("date", field(future));
        assertEquals(400, notAtPrecision.status());
        assertEquals("date", field(notAtPrecision));
        assertTrue(notAtPrecision.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("2026-03"));
        assertEquals("precision", field(badPrecision));
        assertEquals("precision", field(estimated));
        assertEquals("date", field(noDate));
        assertEquals("sourceId", field(foreignSource));
        assertEquals(400, deathWithoutNote.status());
        assertEquals("note", field(deathWithoutNote));
        assertEquals(0, Api.at(base).as("caseworker").get("api/v1/persons/" + id + "/events").array().size());
        assertEquals("REPORTED", Api.at(base).as("caseworker").get("api/v1/persons/" + id).json().getString("status"));
    }

    @Test
    void theCaseOutsideTheCallersScopeIsRefusedAndAMissingOneIsNotFound() {
        long kyiv = register("caseworker", "\"side\":\"HELD\",\"office\":\"KYIV\"");
        String event = "{\"kind\":\"CAPTURE\",\"date\":\"2026-03-02\",\"place\":\"x\"}";

        assertEquals(403, Api.at(base).as("caseworker2").get("api/v1/persons/" + kyiv + "/events").status());
        assertEquals(403, record("caseworker2", kyiv, event).status());
        assertEquals(404, Api.at(base).as("caseworker").get("api/v1/persons/999999999/events").status());
        assertEquals(404, record("caseworker", 999999999L, event).status());
        assertEquals(200, Api.at(base).as("hq").get("api/v1/persons/" + kyiv + "/events").status());
        assertEquals(0, Api.at(base).as("hq").get("api/v1/persons/" + kyiv + "/events").array().size());
    }

    @Test
    void aDeathRecordedByASupervisorMovesTheCaseToDeceased() {
        long id = register("supervisor", "\"side\":\"HELD\",\"office\":\"KYIV\"");

        Api.Answer died = record("supervisor", id, """
                {"kind":"DEATH","date":"2026-05-03","place":"Camp No. 1","note":"died of wounds, camp doctor's report"}""");

        assertEquals(201, died.status(), died.body());
        JsonObject change = died.json().getJsonObject("statusChange");
        assertEquals("REPORTED", change.getString("from"));
        assertEquals("DECEASED", change.getString("to"));
        assertEquals("died of wounds, camp doctor's report", change.getString("reason"));
        JsonObject person = Api.at(base).as("supervisor").get("api/v1/persons/" + id).json();
        assertEquals("DECEASED", person.getString("status"));
        assertEquals("DECEASED", Api.at(base).as("supervisor").get("api/v1/persons/" + id + "/history")
                .array().getJsonObject(0).getString("to"));

        // The event is on the audit trail with the case's other parts, in the same revision as the move.
        JsonArray changes = Api.at(base).as("supervisor").get("api/v1/persons/" + id + "/changes").json().getJsonArray("changes");
        JsonObject added = changes.stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("part").equals("CustodyEvent")).findFirst().orElseThrow();
        assertEquals("ADD", added.getString("kind"));
        assertEquals("supervisor", added.getString("username"));
        assertTrue(added.getJsonArray("changes").stream().map(JsonObject.class::cast)
                .anyMatch(f -> f.getString("field").equals("date") && f.getString("after").equals("2026-05-03")));
        assertTrue(changes.stream().map(JsonObject.class::cast).anyMatch(c -> c.getString("part").equals("StatusChange")
                && c.getJsonNumber("revision").longValue() == added.getJsonNumber("revision").longValue()));
    }

    @Test
    void aDeathRecordedByACaseworkerWaitsForASupervisorAndASecondIsRefused() {
        long id = register("caseworker", "\"side\":\"OWN\",\"office\":\"KYIV\"");

        Api.Answer died = record("caseworker", id, """
                {"kind":"DEATH","date":"2026-05","note":"the other side's list of 2026-06-01"}""");
        Api.Answer again = record("caseworker", id, """
                {"kind":"DEATH","date":"2026-05-04","note":"ICRC notification"}""");

        assertEquals(201, died.status(), died.body());
        assertFalse(died.json().containsKey("statusChange") && !died.json().isNull("statusChange"));
        assertEquals("DECEASED", died.json().getJsonObject("approval").getString("to"));
        assertEquals("PENDING", died.json().getJsonObject("approval").getString("state"));
        assertEquals("REPORTED", Api.at(base).as("caseworker").get("api/v1/persons/" + id).json().getString("status"));
        assertEquals(409, again.status(), "a request is already waiting: the event is not recorded either");
        assertEquals(1, Api.at(base).as("caseworker").get("api/v1/persons/" + id + "/events").array().size());
    }

    @Test
    void aDeathIsRefusedFromAStatusWithNoMoveToDeceased() {
        long id = register("supervisor", "\"side\":\"OWN\",\"office\":\"KYIV\"");
        assertEquals(201, Api.at(base).as("supervisor").post("api/v1/persons/" + id + "/transitions",
                "{\"to\":\"REPATRIATED\",\"reason\":\"released unilaterally\"}").status());

        Api.Answer died = record("supervisor", id, "{\"kind\":\"DEATH\",\"date\":\"2026-05-03\",\"note\":\"x\"}");

        assertEquals(400, died.status());
        assertEquals("kind", field(died));
        assertFalse(died.json().getJsonArray("errors").getJsonObject(0).getString("message").isBlank());
        assertEquals(0, Api.at(base).as("supervisor").get("api/v1/persons/" + id + "/events").array().size());
    }

    @Test
    void theEventsAreInTheOpenApiDocument() {
        JsonObject path = Api.at(base).get("openapi?format=JSON").json().getJsonObject("paths")
                .getJsonObject("/api/v1/persons/{id}/events");
        assertEquals("listCustodyEvents", path.getJsonObject("get").getString("operationId"));
        assertEquals("recordCustodyEvent", path.getJsonObject("post").getString("operationId"));
    }
}
