package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.PageClient;
import org.homeward.testing.SecondAdministrator;
import org.homeward.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user's other web sessions end as soon as their password, roles or active state change: two
 * browsers (two cookie jars) signed in as the same user, one of them or an administrator makes the change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OtherSessionsIT {

    private static final String TEMPORARY = "a-long-temporary-passphrase";
    private static final String OWN = "my own good passphrase";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    /** A caseworker who has chosen their own password, so pages open without the password gate. */
    private long newUser(String username) {
        Api.Answer created = Api.at(base).as("admin").post("api/v1/users", """
                {"username":%s,"displayName":"Session test","office":"KYIV","roles":["CASEWORKER"],
                 "temporaryPassword":%s}""".formatted(Api.quote(username), Api.quote(TEMPORARY)));
        assertEquals(201, created.status(), created.body());
        SecondAdministrator.confirmRolesOf(base, username);
        assertEquals(204, Api.at(base).as(username, TEMPORARY).put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"" + OWN + "\"}").status());
        return created.json().getJsonNumber("id").longValue();
    }

    private PageClient signedIn(String username, String password) {
        PageClient browser = new PageClient(base);
        assertEquals(302, browser.signIn(username, password).status());
        assertTrue(browser.isSignedIn());
        return browser;
    }

    private long version(long id) {
        return Api.at(base).as("admin").get("api/v1/users/" + id).json().getJsonNumber("version").longValue();
    }

    @Test
    void changingOwnPasswordEndsTheOtherSessionButKeepsThisOne() {
        String username = Unique.username("two-browsers");
        newUser(username);
        PageClient office = signedIn(username, OWN);
        PageClient home = signedIn(username, OWN);

        var changed = home.ajaxSubmit("account/password.xhtml", "passwordForm", "changePassword", Map.of(
                "currentPassword", OWN, "newPassword", "a different passphrase now", "repeatedPassword",
                "a different passphrase now"));

        assertEquals(200, changed.status());
        assertTrue(changed.body().contains("redirect"), changed.body());
        assertFalse(office.isSignedIn(), "the session in the other browser ended");
        assertTrue(home.isSignedIn(), "the session that changed the password goes on");
        assertTrue(signedIn(username, "a different passphrase now").isSignedIn());
    }

    @Test
    void anAdministratorsResetEndsEverySessionOfTheUser() {
        String username = Unique.username("reset-ends");
        long id = newUser(username);
        PageClient first = signedIn(username, OWN);
        PageClient second = signedIn(username, OWN);

        assertEquals(200, Api.at(base).as("admin").post("api/v1/users/" + id + "/password-reset",
                "{\"temporaryPassword\":\"another-temporary-passphrase\"}").status());

        assertFalse(first.isSignedIn());
        assertFalse(second.isSignedIn());
    }

    @Test
    void changedRolesEndTheSessionsOfTheUser() {
        String username = Unique.username("roles-end");
        long id = newUser(username);
        PageClient browser = signedIn(username, OWN);

        Api.Answer updated = Api.at(base).as("admin").put("api/v1/users/" + id, """
                {"displayName":"Session test","office":"KYIV","roles":["PARTNER"],"version":%d}"""
                .formatted(version(id)));

        assertEquals(200, updated.status(), updated.body());
        assertFalse(browser.isSignedIn(), "signed in again, the user gets the pages of the new role only");
    }

    @Test
    void aNewDisplayNameLeavesTheSessionsAlone() {
        String username = Unique.username("name-stays");
        long id = newUser(username);
        PageClient browser = signedIn(username, OWN);

        assertEquals(200, Api.at(base).as("admin").put("api/v1/users/" + id, """
                {"displayName":"Another name","office":"KYIV","roles":["CASEWORKER"],"version":%d}"""
                .formatted(version(id))).status());

        assertTrue(browser.isSignedIn());
    }

    @Test
    void deactivationEndsTheSessionsOfTheUser() {
        String username = Unique.username("deactivated");
        long id = newUser(username);
        PageClient browser = signedIn(username, OWN);

        assertEquals(200, Api.at(base).as("admin").post("api/v1/users/" + id + "/deactivate",
                "{\"version\":" + version(id) + "}").status());

        assertFalse(browser.isSignedIn());
    }
}
