package org.homeward.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;

/**
 * The demo's second administrator ({@code admin2}) confirms the role grants the first asked for a user:
 * a role that opens case data or the audit trail is the user's only after that.
 */
public final class SecondAdministrator {

    private SecondAdministrator() {
    }

    public static void confirmRolesOf(URL base, String username) {
        Api admin2 = Api.at(base).as("admin2");
        admin2.get("api/v1/role-grants?state=PENDING").array().stream().map(g -> g.asJsonObject())
                .filter(g -> g.getString("username").equals(username))
                .map((JsonObject g) -> admin2.post("api/v1/role-grants/" + g.getJsonNumber("id") + "/confirm", "{}"))
                .forEach(answer -> assertEquals(200, answer.status(), answer.body()));
    }
}
