package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLogEntry;
import org.homeward.testing.Api;
import org.homeward.testing.Database;
import org.homeward.testing.Deployments;
import org.homeward.testing.SecondAdministrator;
import org.homeward.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in over HTTP, checked from inside the server: lockout after five failures, the temporary
 * password gate, deactivation, and that every attempt is in the access log without the password.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String TEMPORARY = "a-long-temporary-passphrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.homewardWith(SignInIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Database database;

    private long newUser(String username) {
        Api.Answer created = Api.at(base).as("admin").post("api/v1/users", """
                {"username":%s,"displayName":"Test user","office":"KYIV","roles":["CASEWORKER"],
                 "temporaryPassword":%s}""".formatted(Api.quote(username), Api.quote(TEMPORARY)));
        assertEquals(201, created.status(), created.body());
        SecondAdministrator.confirmRolesOf(base, username);
        return created.json().getJsonNumber("id").longValue();
    }

    private List<AccessLogEntry> log(String username) {
        return database.read(em -> em.createNamedQuery("AccessLogEntry.byUser", AccessLogEntry.class)
                .setParameter("username", username).getResultList());
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        String username = Unique.username("lock");
        long id = newUser(username);
        Api api = Api.at(base);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api.as(username, "wrong-password-" + attempt).get("api/v1/me").status());
        }
        Api.Answer locked = api.as(username, TEMPORARY).get("api/v1/me");

        assertEquals(401, locked.status());
        assertEquals(api.as(username, "wrong-again").get("api/v1/me").body(), locked.body(),
                "a locked account answers like a wrong password");
        assertTrue(Api.at(base).as("admin").get("api/v1/users/" + id).json().getBoolean("active"));
        assertFalse(Api.at(base).as("admin").get("api/v1/users/" + id).json().isNull("lockedUntil"));

        // An administrator's password reset lifts the lock.
        assertEquals(200, Api.at(base).as("admin").post("api/v1/users/" + id + "/password-reset",
                "{\"temporaryPassword\":\"another-temporary-passphrase\"}").status());
        assertEquals(403, api.as(username, "another-temporary-passphrase").get("api/v1/me").status(),
                "signed in, but must change the temporary password first");
    }

    @Test
    void fourFailuresThenSuccessStartTheCountAgain() {
        String username = Unique.username("count");
        newUser(username);
        Api api = Api.at(base);
        for (int round = 0; round < 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertEquals(401, api.as(username, "wrong").get("api/v1/me").status());
            }
            assertEquals(403, api.as(username, TEMPORARY).get("api/v1/me").status(), "not locked: signed in");
        }
    }

    @Test
    void aTemporaryPasswordAllowsOnlyChoosingANewOne() {
        String username = Unique.username("temp");
        newUser(username);
        Api user = Api.at(base).as(username, TEMPORARY);

        Api.Answer refused = user.get("api/v1/offices");
        Api.Answer weak = user.put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"password1234\"}");
        Api.Answer changed = user.put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"my own good passphrase\"}");

        assertEquals(403, refused.status());
        assertTrue(refused.json().getString("message").contains("/api/v1/me/password"));
        assertEquals(400, weak.status());
        assertEquals("newPassword", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, user.get("api/v1/me").status(), "the temporary password no longer works");
        Api.Answer me = Api.at(base).as(username, "my own good passphrase").get("api/v1/me");
        assertEquals(200, me.status());
        assertFalse(me.json().getBoolean("mustChangePassword"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String username = Unique.username("gone");
        long id = newUser(username);
        Api admin = Api.at(base).as("admin");
        long version = admin.get("api/v1/users/" + id).json().getJsonNumber("version").longValue();

        assertEquals(200, admin.post("api/v1/users/" + id + "/deactivate", "{\"version\":" + version + "}").status());

        assertEquals(401, Api.at(base).as(username, TEMPORARY).get("api/v1/me").status());
    }

    @Test
    void everyAttemptIsOnFileWithoutThePassword() {
        String username = Unique.username("logged");
        newUser(username);
        Api.at(base).as(username, "secret-wrong-guess").get("api/v1/me");
        Api.at(base).as(username, TEMPORARY).get("api/v1/me");
        Api.at(base).as("nobody-" + username, "secret-wrong-guess").get("api/v1/me");

        List<AccessAction> actions = log(username).stream().map(AccessLogEntry::getAction).toList();
        assertEquals(List.of(AccessAction.SIGN_IN, AccessAction.SIGN_IN_FAILED), actions);
        AccessLogEntry failure = log(username).get(1);
        assertEquals("wrong password", failure.getDetail());
        assertTrue(failure.getClientAddress() != null && !failure.getClientAddress().isBlank());
        assertEquals(List.of(AccessAction.SIGN_IN_FAILED),
                log("nobody-" + username).stream().map(AccessLogEntry::getAction).toList());
        long mentionsOfPassword = database.read(em -> em.createQuery(
                "select count(e) from AccessLogEntry e where e.detail like :p or e.username like :p", Long.class)
                .setParameter("p", "%secret-wrong-guess%").getSingleResult());
        assertEquals(0, mentionsOfPassword);
    }
}
