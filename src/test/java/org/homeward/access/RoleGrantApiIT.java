package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Separation of duties through the API: nobody changes their own roles, and a role that opens case data
 * or the audit trail waits for a second administrator, whom the auditor sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleGrantApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private JsonObject newUser(String username, String roles) {
        Api.Answer created = Api.at(base).as("admin").post("api/v1/users", """
                {"username":%s,"displayName":"Grant test","office":"KYIV","roles":%s,
                 "temporaryPassword":"a-long-temporary-passphrase"}""".formatted(Api.quote(username), roles));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private List<JsonObject> grantsOf(Api api, String username) {
        return api.get("api/v1/role-grants").array().stream().map(g -> g.asJsonObject())
                .filter(g -> g.getString("username").equals(username)).toList();
    }

    private static void assertRefused(Api.Answer answer, String field) {
        assertEquals(403, answer.status(), answer.body());
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), answer.body());
        assertTrue(!error.getString("message").isBlank());
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRoles() {
        Api admin = Api.at(base).as("admin");
        JsonObject me = admin.get("api/v1/me").json();
        long id = me.getJsonNumber("id").longValue();

        Api.Answer answer = admin.put("api/v1/users/" + id, """
                {"displayName":%s,"office":%s,"roles":["ADMIN","SUPERVISOR","AUDITOR"],"version":%d}"""
                .formatted(Api.quote(me.getString("displayName")), Api.quote(me.getString("office")), me.getInt("version")));

        assertRefused(answer, "roles");
        assertTrue(answer.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("own roles"));
        JsonObject after = admin.get("api/v1/users/" + id).json();
        assertEquals(List.of("ADMIN"), strings(after, "roles"));
        assertEquals(List.of(), strings(after, "pendingRoles"));
        assertEquals(me.getInt("version"), after.getInt("version"), "nothing written");
        assertEquals(403, Api.at(base).as("admin").get("api/v1/persons").status(), "still no case data");
    }

    @Test
    void aRoleOpeningCaseDataWaitsForASecondAdministrator() {
        String username = Unique.username("grant");
        JsonObject created = newUser(username, "[\"CASEWORKER\",\"PARTNER\"]");
        long id = created.getJsonNumber("id").longValue();

        assertEquals(List.of("PARTNER"), strings(created, "roles"), "PARTNER at once");
        assertEquals(List.of("CASEWORKER"), strings(created, "pendingRoles"));
        List<JsonObject> pending = grantsOf(Api.at(base).as("admin"), username);
        assertEquals(1, pending.size());
        JsonObject grant = pending.get(0);
        assertEquals("PENDING", grant.getString("state"));
        assertEquals("admin", grant.getString("requestedBy"));
        String grantPath = "api/v1/role-grants/" + grant.getJsonNumber("id") + "/confirm";

        assertRefused(Api.at(base).as("admin").post(grantPath, "{}"), "requestedBy");
        assertEquals(List.of("PARTNER"), strings(Api.at(base).as("admin").get("api/v1/users/" + id).json(), "roles"));

        Api.Answer confirmed = Api.at(base).as("admin2").post(grantPath, "{}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("CONFIRMED", confirmed.json().getString("state"));
        JsonObject user = Api.at(base).as("admin").get("api/v1/users/" + id).json();
        assertEquals(List.of("CASEWORKER", "PARTNER"), strings(user, "roles"));
        assertEquals(List.of(), strings(user, "pendingRoles"));
        Api.Answer again = Api.at(base).as("admin2").post(grantPath, "{}");
        assertEquals(409, again.status(), "decided already");
        assertTrue(again.body().contains("This grant is no longer pending: admin2 confirmed it."), again.body());

        JsonObject seenByAuditor = grantsOf(Api.at(base).as("auditor"), username).get(0);
        assertEquals("CONFIRMED", seenByAuditor.getString("state"));
        assertEquals("admin", seenByAuditor.getString("requestedBy"));
        assertEquals("admin2", seenByAuditor.getString("decidedBy"));
        assertTrue(!seenByAuditor.isNull("requestedAt") && !seenByAuditor.isNull("decidedAt"));
    }

    @Test
    void onUpdateRemovalsArePromptGrantsWaitAndAreNeverDoubled() {
        String username = Unique.username("regrant");
        long id = newUser(username, "[\"PARTNER\"]").getJsonNumber("id").longValue();
        Api admin = Api.at(base).as("admin");

        Api.Answer asked = admin.put("api/v1/users/" + id, """
                {"displayName":"Grant test","office":"KYIV","roles":["PARTNER","SUPERVISOR","AUDITOR"],"version":0}""");
        assertEquals(200, asked.status(), asked.body());
        assertEquals(List.of("PARTNER"), strings(asked.json(), "roles"));
        assertEquals(List.of("AUDITOR", "SUPERVISOR"), strings(asked.json(), "pendingRoles"));

        Api.Answer again = admin.put("api/v1/users/" + id, """
                {"displayName":"Grant test","office":"KYIV","roles":["PARTNER","SUPERVISOR"],"version":%d}"""
                .formatted(asked.json().getInt("version")));
        assertEquals(200, again.status(), again.body());
        assertEquals(1, grantsOf(admin, username).stream().filter(g -> g.getString("role").equals("SUPERVISOR")).count(),
                "a second grant of the same role is merged into the pending one");

        JsonObject supervisorGrant = grantsOf(admin, username).stream()
                .filter(g -> g.getString("role").equals("SUPERVISOR")).findFirst().orElseThrow();
        assertEquals(200, Api.at(base).as("admin2").post("api/v1/role-grants/" + supervisorGrant.getJsonNumber("id")
                + "/confirm", "{}").status());
        JsonObject now = admin.get("api/v1/users/" + id).json();
        assertEquals(List.of("PARTNER", "SUPERVISOR"), strings(now, "roles"));

        Api.Answer removed = admin.put("api/v1/users/" + id, """
                {"displayName":"Grant test","office":"KYIV","roles":["PARTNER"],"version":%d}""".formatted(now.getInt("version")));
        assertEquals(List.of("PARTNER"), strings(removed.json(), "roles"), "a removal takes effect at once");
    }

    @Test
    void aGrantToADeactivatedUserCannotBeConfirmedAndARefusalGivesNothing() {
        String deactivated = Unique.username("gone");
        long goneId = newUser(deactivated, "[\"AUDITOR\"]").getJsonNumber("id").longValue();
        Api admin = Api.at(base).as("admin");
        admin.post("api/v1/users/" + goneId + "/deactivate", "{\"version\":0}");
        JsonObject goneGrant = grantsOf(admin, deactivated).get(0);

        Api.Answer refused = Api.at(base).as("admin2").post("api/v1/role-grants/" + goneGrant.getJsonNumber("id") + "/confirm", "{}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("message").contains("deactivated"), refused.body());
        assertEquals(List.of(), strings(admin.get("api/v1/users/" + goneId).json(), "roles"));

        String username = Unique.username("nogrant");
        long id = newUser(username, "[\"SUPERVISOR\"]").getJsonNumber("id").longValue();
        JsonObject grant = grantsOf(admin, username).get(0);
        Api.Answer answer = Api.at(base).as("admin2").post("api/v1/role-grants/" + grant.getJsonNumber("id") + "/refuse", "{}");
        assertEquals(200, answer.status(), answer.body());
        assertEquals("REFUSED", answer.json().getString("state"));
        assertEquals(List.of(), strings(admin.get("api/v1/users/" + id).json(), "roles"));
        assertEquals(400, admin.get("api/v1/role-grants?state=MAYBE").status());
    }

    @Test
    void theSameGrantAskedManyTimesAtOnceIsOneGrantAndNeverAnError() throws Exception {
        String username = Unique.username("race");
        long id = newUser(username, "[\"PARTNER\"]").getJsonNumber("id").longValue();
        String body = """
                {"displayName":"Grant test","office":"KYIV","roles":["PARTNER","SUPERVISOR"],"version":0}""";
        java.util.concurrent.ExecutorService admins = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Api.Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(admins.submit(() -> Api.at(base).as("admin").put("api/v1/users/" + id, body)));
            }
            for (java.util.concurrent.Future<Api.Answer> answer : answers) {
                int status = answer.get().status();
                assertTrue(status == 200 || status == 409, answer.get().toString());
            }
        } finally {
            admins.shutdownNow();
        }
        assertEquals(1, grantsOf(Api.at(base).as("admin"), username).size());
    }
}
