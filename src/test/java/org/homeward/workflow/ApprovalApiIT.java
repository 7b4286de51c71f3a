package org.homeward.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * A caseworker's moves that need a supervisor, through the API: asked (202, nothing changes), approved
 * (the move is made, both names in the history), declined with a reason, stale when the case moves
 * meanwhile, one open request per case, and each supervisor deciding only within their record scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalApiIT {

    private static final String CLOSE = """
            {"to":"CLOSED","reason":"the family found him in a hospital list","closingReason":"WITHDRAWN"}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private long register(String caseworker, String office) {
        Api.Answer created = Api.at(base).as(caseworker).post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":"Мельник","givenName":"Богдан","sex":"MALE","office":"%s"}"""
                .formatted(office));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private Api.Answer move(String user, long personId, String body) {
        return Api.at(base).as(user).post("api/v1/persons/" + personId + "/transitions", body);
    }

    private Api.Answer decide(String user, long requestId, String body) {
        return Api.at(base).as(user).post("api/v1/approvals/" + requestId, body);
    }

    private JsonObject person(long id) {
        return Api.at(base).as("supervisor").get("api/v1/persons/" + id).json();
    }

    private static boolean lists(JsonArray requests, long requestId) {
        return requests.stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == requestId);
    }

    private static long id(Api.Answer answer) {
        return answer.json().getJsonNumber("id").longValue();
    }

    @Test
    void aCaseworkersCloseWaitsUntilASupervisorApprovesItAndTheHistoryNamesBoth() {
        long personId = register("caseworker", "KYIV");
        long versionBefore = person(personId).getJsonNumber("version").longValue();

        Api.Answer asked = move("caseworker", personId, CLOSE);
        assertEquals(202, asked.status(), asked.body());
        JsonObject request = asked.json();
        assertEquals("PENDING", request.getString("state"));
        assertEquals("REPORTED", request.getString("from"));
        assertEquals("CLOSED", request.getString("to"));
        assertEquals("WITHDRAWN", request.getString("closingReason"));
        assertEquals("caseworker", request.getString("requestedBy"));
        assertEquals(personId, request.getJsonNumber("personId").longValue());

        assertEquals("REPORTED", person(personId).getString("status"), "nothing changes until approval");
        assertEquals(versionBefore, person(personId).getJsonNumber("version").longValue());
        assertEquals(0, Api.at(base).as("supervisor").get("api/v1/persons/" + personId + "/history").array().size());
        assertTrue(lists(Api.at(base).as("supervisor").get("api/v1/approvals").array(), id(asked)), "in the KYIV inbox");
        assertTrue(lists(Api.at(base).as("caseworker").get("api/v1/approvals?state=PENDING").array(), id(asked)));

        Api.Answer approved = decide("supervisor", id(asked), "{\"decision\":\"APPROVE\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("state"));
        assertEquals("supervisor", approved.json().getString("decidedBy"));
        assertEquals("CLOSED", approved.json().getString("currentStatus"));

        assertEquals("CLOSED", person(personId).getString("status"));
        JsonArray history = Api.at(base).as("caseworker").get("api/v1/persons/" + personId + "/history").array();
        assertEquals(1, history.size());
        JsonObject entry = history.getJsonObject(0);
        assertEquals("CLOSED", entry.getString("to"));
        assertEquals("supervisor", entry.getString("changedBy"));
        assertEquals("caseworker", entry.getString("requestedBy"));
        assertEquals("the family found him in a hospital list", entry.getString("reason"));
        assertEquals("WITHDRAWN", entry.getString("closingReason"));
        assertFalse(lists(Api.at(base).as("supervisor").get("api/v1/approvals").array(), id(asked)), "out of the inbox");

        Api.Answer again = decide("hq", id(asked), "{\"decision\":\"DECLINE\",\"reason\":\"too late\"}");
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("message").contains("already approved by supervisor"), again.body());
    }

    @Test
    void aDeclineNeedsAReasonChangesNothingAndTheCaseworkerReadsIt() {
        long personId = register("caseworker", "KYIV");
        Api.Answer asked = move("caseworker", personId, "{\"to\":\"DECEASED\",\"reason\":\"named on the other side's list of the dead\"}");
        assertEquals(202, asked.status(), asked.body());

        Api.Answer noReason = decide("supervisor", id(asked), "{\"decision\":\"DECLINE\",\"reason\":\"  \"}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer noDecision = decide("supervisor", id(asked), "{\"decision\":\"MAYBE\"}");
        assertEquals(400, noDecision.status(), noDecision.body());
        assertEquals("decision", noDecision.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Answer declined = decide("supervisor", id(asked), "{\"decision\":\"DECLINE\",\"reason\":\"wait for the ICRC to confirm\"}");
        assertEquals(200, declined.status(), declined.body());
        assertEquals("DECLINED", declined.json().getString("state"));
        assertEquals("REPORTED", person(personId).getString("status"));
        assertEquals(0, Api.at(base).as("supervisor").get("api/v1/persons/" + personId + "/history").array().size());

        JsonObject mine = Api.at(base).as("caseworker").get("api/v1/approvals?state=DECLINED").array().stream()
                .map(r -> r.asJsonObject()).filter(r -> r.getJsonNumber("id").longValue() == id(asked)).findFirst().orElseThrow();
        assertEquals("wait for the ICRC to confirm", mine.getString("decisionReason"));
        assertEquals("supervisor", mine.getString("decidedBy"));
        assertTrue(lists(Api.at(base).as("caseworker").get("api/v1/my-work").json().getJsonArray("requests"), id(asked)),
                "the decision is in My work");

        assertEquals(202, move("caseworker", personId, "{\"to\":\"DECEASED\",\"reason\":\"ICRC confirmed\"}").status(),
                "after a decision the caseworker may ask again");
    }

    @Test
    void aCaseHasOneOpenRequestAndARequestThatCouldNeverBeAppliedIsNotMade() {
        long personId = register("caseworker", "KYIV");
        Api.Answer withoutClosingReason = move("caseworker", personId, "{\"to\":\"CLOSED\",\"reason\":\"duplicate\"}");
        assertEquals(400, withoutClosingReason.status(), withoutClosingReason.body());
        assertEquals("closingReason", withoutClosingReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer withoutReason = move("caseworker", personId, "{\"to\":\"REPATRIATED\"}");
        assertEquals(400, withoutReason.status(), withoutReason.body());
        Api.Answer roundOnly = move("caseworker", personId, "{\"to\":\"AGREED\",\"reason\":\"x\"}");
        assertEquals(400, roundOnly.status(), roundOnly.body());
        assertEquals(0, Api.at(base).as("caseworker").get("api/v1/approvals").array().stream()
                .filter(r -> r.asJsonObject().getJsonNumber("personId").longValue() == personId).count());

        assertEquals(202, move("caseworker", personId, CLOSE).status());
        Api.Answer second = move("caseworker", personId, "{\"to\":\"DECEASED\",\"reason\":\"ICRC notification\"}");
        assertEquals(409, second.status(), second.body());
        assertTrue(second.json().getString("message").contains("already has a request waiting for a supervisor"), second.body());
        assertEquals("REPORTED", person(personId).getString("status"));
    }

    @Test
    void aRequestGoesStaleWhenASupervisorMovesTheCaseMeanwhileAndIsNeverApplied() {
        long personId = register("caseworker", "KYIV");
        Api.Answer asked = move("caseworker", personId, CLOSE);
        assertEquals(202, asked.status(), asked.body());

        assertEquals(201, move("supervisor", personId, "{\"to\":\"LOCATED\",\"reason\":\"ICRC visit\"}").status());
        JsonObject stale = Api.at(base).as("caseworker").get("api/v1/approvals?state=STALE").array().stream()
                .map(r -> r.asJsonObject()).filter(r -> r.getJsonNumber("id").longValue() == id(asked)).findFirst().orElseThrow();
        assertEquals("LOCATED", stale.getString("movedTo"));

        Api.Answer approve = decide("supervisor", id(asked), "{\"decision\":\"APPROVE\"}");
        assertEquals(409, approve.status(), approve.body());
        assertTrue(approve.json().getString("message").contains("moved to LOCATED meanwhile"), approve.body());
        assertEquals("LOCATED", person(personId).getString("status"));
        assertEquals(1, Api.at(base).as("supervisor").get("api/v1/persons/" + personId + "/history").array().size());

        assertEquals(202, move("caseworker", personId, CLOSE).status(), "a stale request no longer holds the case");
    }

    @Test
    void aKyivSupervisorNeitherSeesNorDecidesAKharkivRequestHeadOfficeDoes() {
        long personId = register("caseworker2", "KHARKIV");
        Api.Answer asked = move("caseworker2", personId, CLOSE);
        assertEquals(202, asked.status(), asked.body());

        assertFalse(lists(Api.at(base).as("supervisor").get("api/v1/approvals").array(), id(asked)));
        assertEquals(403, decide("supervisor", id(asked), "{\"decision\":\"APPROVE\"}").status());
        assertFalse(lists(Api.at(base).as("caseworker").get("api/v1/approvals").array(), id(asked)));
        assertEquals(403, decide("caseworker2", id(asked), "{\"decision\":\"APPROVE\"}").status(), "caseworkers do not decide");
        assertEquals("REPORTED", Api.at(base).as("hq").get("api/v1/persons/" + personId).json().getString("status"));

        assertTrue(lists(Api.at(base).as("hq").get("api/v1/approvals").array(), id(asked)));
        Api.Answer approved = decide("hq", id(asked), "{\"decision\":\"APPROVE\",\"reason\":\"checked with the family\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("CLOSED", Api.at(base).as("hq").get("api/v1/persons/" + personId).json().getString("status"));
        JsonObject entry = Api.at(base).as("caseworker2").get("api/v1/persons/" + personId + "/history").array().getJsonObject(0);
        assertEquals("hq", entry.getString("changedBy"));
        assertEquals("caseworker2", entry.getString("requestedBy"));
    }
}
