package org.homeward.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Status changes by hand through the API: who may make which move, the reasons, the history. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransitionApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private long register() {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":"Ткаченко","givenName":"Андрій","sex":"MALE","office":"KYIV"}""");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private Api.Answer move(String user, long id, String body) {
        return Api.at(base).as(user).post("api/v1/persons/" + id + "/transitions", body);
    }

    private static String firstField(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void aCaseworkerMovesForwardAndTheHistoryRecordsWhoWhenAndWhy() {
        long id = register();
        Api.Answer located = move("caseworker", id, "{\"to\":\"LOCATED\",\"reason\":\"ICRC visit to the camp\"}");
        assertEquals(201, located.status(), located.body());
        assertEquals("REPORTED", located.json().getString("from"));
        assertEquals("LOCATED", located.json().getString("to"));
        assertEquals("caseworker", located.json().getString("changedBy"));
        assertEquals(201, move("caseworker", id, "{\"to\":\"VERIFIED\"}").status());

        JsonObject person = Api.at(base).as("caseworker").get("api/v1/persons/" + id).json();
        assertEquals("VERIFIED", person.getString("status"));
        JsonArray history = Api.at(base).as("supervisor").get("api/v1/persons/" + id + "/history").array();
        assertEquals(2, history.size());
        assertEquals("VERIFIED", history.getJsonObject(0).getString("to"));
        assertEquals("ICRC visit to the camp", history.getJsonObject(1).getString("reason"));
    }

    @Test
    void movesThatNeedASupervisorAreSentForApprovalWith202AndChangeNothing() {
        long id = register();
        Api.Answer asked = move("caseworker", id, "{\"to\":\"REPATRIATED\",\"reason\":\"released\"}");
        assertEquals(202, asked.status(), asked.body());
        assertEquals("PENDING", asked.json().getString("state"));
        assertEquals("REPATRIATED", asked.json().getString("to"));
        assertEquals(409, move("caseworker", id, "{\"to\":\"DECEASED\",\"reason\":\"ICRC notification\"}").status(),
                "one request at a time");
        assertEquals("REPORTED", Api.at(base).as("caseworker").get("api/v1/persons/" + id).json().getString("status"));

        Api.Answer skipped = move("supervisor", id, "{\"to\":\"REPATRIATED\",\"reason\":\"released unilaterally on 2026-05-03\"}");
        assertEquals(201, skipped.status(), skipped.body());
    }

    @Test
    void reasonsClosingReasonsAndRoundOnlyMovesAreExplainedFieldByField() {
        long id = register();
        Api.Answer noSkipReason = move("supervisor", id, "{\"to\":\"VERIFIED\"}");
        assertEquals(400, noSkipReason.status());
        assertEquals("reason", firstField(noSkipReason));

        assertEquals(201, move("supervisor", id, "{\"to\":\"VERIFIED\",\"reason\":\"passport seen by the ICRC\"}").status());
        Api.Answer roundOnly = move("supervisor", id, "{\"to\":\"NOMINATED\",\"reason\":\"on the list\"}");
        assertEquals(400, roundOnly.status());
        assertEquals("to", firstField(roundOnly));
        assertTrue(roundOnly.body().contains("exchange round"), roundOnly.body());

        Api.Answer unknown = move("caseworker", id, "{\"to\":\"HOME\"}");
        assertEquals(400, unknown.status());
        assertEquals("to", firstField(unknown));

        Api.Answer noClosingReason = move("supervisor", id, "{\"to\":\"CLOSED\",\"reason\":\"merged\"}");
        assertEquals(400, noClosingReason.status());
        assertEquals("closingReason", firstField(noClosingReason));

        Api.Answer closed = move("supervisor", id, "{\"to\":\"CLOSED\",\"reason\":\"same man as POW-2025-000017\",\"closingReason\":\"DUPLICATE\"}");
        assertEquals(201, closed.status(), closed.body());
        assertEquals("DUPLICATE", closed.json().getString("closingReason"));
    }

    @Test
    void aStaleVersionIsAConflictAndAnotherOfficesCaseIsRefused() {
        long id = register();
        long version = Api.at(base).as("caseworker").get("api/v1/persons/" + id).json().getJsonNumber("version").longValue();
        assertEquals(201, move("caseworker", id, "{\"to\":\"LOCATED\",\"version\":" + version + "}").status());
        Api.Answer stale = move("caseworker", id, "{\"to\":\"VERIFIED\",\"version\":" + version + "}");
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.json().getString("message").contains("caseworker"), stale.body());

        assertEquals(403, move("caseworker2", id, "{\"to\":\"VERIFIED\"}").status());
        assertEquals(403, Api.at(base).as("caseworker2").get("api/v1/persons/" + id + "/history").status());
        assertEquals(403, Api.at(base).as("auditor").get("api/v1/persons/" + id + "/history").status());
        assertEquals(404, move("caseworker", 999_999_999L, "{\"to\":\"LOCATED\"}").status());
    }

    @Test
    void aSourceOfAnotherCaseIsNotEvidenceForThisOne() {
        long id = register();
        long other = register();
        long source = Api.at(base).as("caseworker").post("api/v1/persons/" + other + "/sources",
                "{\"kind\":\"ICRC_NOTIFICATION\",\"reliability\":\"CONFIRMED\"}").json().getJsonNumber("id").longValue();
        Api.Answer refused = move("caseworker", id, "{\"to\":\"LOCATED\",\"sourceId\":" + source + "}");
        assertEquals(400, refused.status());
        assertEquals("sourceId", firstField(refused));

        long own = Api.at(base).as("caseworker").post("api/v1/persons/" + id + "/sources",
                "{\"kind\":\"ICRC_NOTIFICATION\",\"reliability\":\"CONFIRMED\"}").json().getJsonNumber("id").longValue();
        Api.Answer located = move("caseworker", id, "{\"to\":\"LOCATED\",\"sourceId\":" + own + "}");
        assertEquals(201, located.status(), located.body());
        assertEquals("ICRC_NOTIFICATION", located.json().getString("sourceKind"));
    }
}
