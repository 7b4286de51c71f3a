package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page that shows one record by its {@code id}: an address whose id is no number (or no number a
 * record can have) is the "Page not found" page with status 404, never the 500 page. Plain HTTP with a
 * signed-in session; no browser is needed to see a status and a heading.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageIdIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    /** A browser signed in through the sign-in form. */
    private PageClient signedIn(String username) {
        PageClient browser = new PageClient(base);
        PageClient.Page posted = browser.signIn(username, Api.DEMO_PASSWORD);
        assertEquals(302, posted.status(), "signed in as " + username + ": " + posted.body());
        String to = posted.header("Location");
        assertTrue(!to.contains("login") && !to.contains("error"), "signed in as " + username + ", sent to " + to);
        return browser;
    }

    private void assertNotFound(PageClient browser, String page) {
        PageClient.Page answer = browser.get(page);
        assertEquals(404, answer.status(), page + " -> " + answer.header("Location"));
        assertTrue(answer.body().contains("Page not found"), page + ": " + answer.body());
    }

    @Test
    void aMalformedIdInAPageAddressIsNotFound() {
        PageClient supervisor = signedIn("supervisor");
        PageClient admin = signedIn("admin");
        for (String id : List.of("abc", "1.5", "1e3", "99999999999999999999", "%00", "-1", "999999999")) {
            for (String page : List.of("cases/case.xhtml", "cases/edit.xhtml", "history/case.xhtml", "rounds/round.xhtml",
                    "rounds/edit.xhtml")) {
                assertNotFound(supervisor, page + "?id=" + id);
            }
            assertNotFound(admin, "admin/user.xhtml?id=" + id);
        }
    }
}
