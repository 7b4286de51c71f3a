package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notes, follow-up tasks and family links of a case, through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseFileApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private JsonObject register(String user, String body) {
        Api.Answer created = Api.at(base).as(user).post("api/v1/persons", body);
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private long mother(String office) {
        return register("supervisor".equals(office) ? "supervisor" : "caseworker", """
                {"category":"CIVILIAN","side":"OWN","familyName":"Бондар","givenName":"Ганна","sex":"FEMALE",
                 "dateOfBirth":"1985-02-03","office":"%s"}""".formatted(office)).getJsonNumber("id").longValue();
    }

    @Test
    void aChildLinkedToItsMotherIsSeenFromBothRecords() {
        long motherId = mother("KYIV");
        String motherCase = Api.at(base).as("caseworker").get("api/v1/persons/" + motherId).json().getString("caseNumber");
        long childId = register("caseworker", """
                {"category":"CHILD","side":"OWN","familyName":"Бондар","givenName":"Марко","sex":"MALE",
                 "dateOfBirth":"2014-09-01","office":"KYIV"}""").getJsonNumber("id").longValue();

        Api.Answer linked = Api.at(base).as("caseworker").post("api/v1/persons/" + childId + "/links",
                "{\"relation\":\"MOTHER\",\"relatedCaseNumber\":\"" + motherCase.toLowerCase()
                        + "\",\"contactDetails\":\"+380 44 000 0000\",\"toBeInformed\":true}");
        assertEquals(201, linked.status(), linked.body());

        JsonObject fromChild = Api.at(base).as("caseworker").get("api/v1/persons/" + childId + "/links").array().getJsonObject(0);
        assertEquals("MOTHER", fromChild.getString("relation"));
        assertFalse(fromChild.getBoolean("namedBy"));
        assertEquals("CHILD", fromChild.getString("standing"), "the child's record: child of the mother");
        assertEquals(motherId, fromChild.getJsonNumber("personId").longValue());
        JsonObject fromMother = Api.at(base).as("caseworker").get("api/v1/persons/" + motherId + "/links").array().getJsonObject(0);
        assertTrue(fromMother.getBoolean("namedBy"));
        assertEquals("MOTHER", fromMother.getString("standing"), "the mother's record: mother of the child");
        assertEquals(childId, fromMother.getJsonNumber("personId").longValue());
    }

    @Test
    void aCaseOutsideTheCallersScopeCannotBeLinkedOrShown() {
        long kharkivMother = Api.at(base).as("caseworker2").post("api/v1/persons", """
                {"category":"CIVILIAN","side":"OWN","familyName":"Гнатюк","sex":"FEMALE","office":"KHARKIV"}""")
                .json().getJsonNumber("id").longValue();
        String kharkivCase = Api.at(base).as("hq").get("api/v1/persons/" + kharkivMother).json().getString("caseNumber");
        long child = mother("KYIV");

        Api.Answer refused = Api.at(base).as("caseworker").post("api/v1/persons/" + child + "/links",
                "{\"relation\":\"MOTHER\",\"relatedCaseNumber\":\"" + kharkivCase + "\"}");
        assertEquals(400, refused.status());
        assertEquals("relatedCaseNumber", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, Api.at(base).as("caseworker2").get("api/v1/persons/" + child + "/links").status());
        assertEquals(403, Api.at(base).as("caseworker2").post("api/v1/persons/" + child + "/notes", "{\"text\":\"x\"}").status());
    }

    @Test
    void sourcesCarryKindDateAndReliability() {
        long id = mother("KYIV");
        Api caseworker = Api.at(base).as("caseworker");

        Api.Answer added = caseworker.post("api/v1/persons/" + id + "/sources",
                "{\"kind\":\"ICRC_NOTIFICATION\",\"receivedOn\":\"2026-03-02\",\"reliability\":\"CONFIRMED\",\"reference\":\"ICRC letter 2026/114\"}");
        Api.Answer unknownKind = caseworker.post("api/v1/persons/" + id + "/sources",
                "{\"kind\":\"RUMOUR\",\"reliability\":\"CONFIRMED\"}");

        assertEquals(201, added.status(), added.body());
        assertEquals(400, unknownKind.status());
        assertEquals("kind", unknownKind.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject source = caseworker.get("api/v1/persons/" + id + "/sources").array().getJsonObject(0);
        assertEquals("ICRC_NOTIFICATION", source.getString("kind"));
        assertEquals("2026-03-02", source.getString("receivedOn"));
        assertEquals("ICRC letter 2026/114", source.getString("reference"));
    }

    @Test
    void notesKeepTheirAuthorTimeAndLines() {
        long id = mother("KYIV");
        Api caseworker = Api.at(base).as("caseworker");

        assertEquals(201, caseworker.post("api/v1/persons/" + id + "/notes",
                "{\"text\":\"Mother called.\\nShe has a photo of the passport.\"}").status());
        assertEquals(400, caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":\"   \"}").status());
        assertEquals(400, caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":\"bell\\u0007\"}").status());

        JsonArray notes = caseworker.get("api/v1/persons/" + id + "/notes").array();
        assertEquals(1, notes.size());
        assertEquals("caseworker", notes.getJsonObject(0).getString("author"));
        assertEquals("Mother called.\nShe has a photo of the passport.", notes.getJsonObject(0).getString("text"));
    }

    @Test
    void tasksAreAssignedDueAndDoneAndShowInMyWork() {
        long id = mother("KYIV");
        Api caseworker = Api.at(base).as("caseworker");
        String yesterday = LocalDate.now().minusDays(1).toString();

        JsonObject task = caseworker.post("api/v1/persons/" + id + "/tasks",
                "{\"description\":\"Ask the ICRC about the visit\",\"dueOn\":\"" + yesterday + "\"}").json();
        assertEquals("caseworker", task.getString("assignee"));
        assertTrue(task.getBoolean("overdue"));
        assertEquals(400, caseworker.post("api/v1/persons/" + id + "/tasks",
                "{\"description\":\"x\",\"dueOn\":\"tomorrow\"}").status());
        assertEquals(400, caseworker.post("api/v1/persons/" + id + "/tasks",
                "{\"description\":\"x\",\"dueOn\":\"2027-01-01\",\"assignee\":\"partner\"}").status());

        JsonObject work = caseworker.get("api/v1/my-work").json();
        assertTrue(work.getJsonArray("tasks").stream().anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue()
                == task.getJsonNumber("id").longValue()));
        assertTrue(work.getJsonNumber("overdue").longValue() >= 1);

        JsonObject done = caseworker.post("api/v1/persons/" + id + "/tasks/" + task.getJsonNumber("id") + "/done",
                "{\"version\":" + task.getJsonNumber("version") + "}").json();
        assertTrue(done.getBoolean("done"));
        assertFalse(done.getBoolean("overdue"));
        assertEquals(409, caseworker.post("api/v1/persons/" + id + "/tasks/" + task.getJsonNumber("id") + "/done",
                "{\"version\":" + task.getJsonNumber("version") + "}").status());
    }
}
