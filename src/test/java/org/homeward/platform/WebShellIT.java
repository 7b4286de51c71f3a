package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** What the server sends before anyone signs in: headers, cookie, error pages, health, API description. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebShellIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    @Test
    void pagesForbidInlineScriptsAndFraming() {
        Api.Answer page = Api.at(base).get("login.xhtml");

        assertEquals(200, page.status());
        String policy = page.header("Content-Security-Policy");
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertTrue(scripts.matches("(?s)script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?"), policy);
        assertFalse(scripts.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(page.body().contains("nonce=\""), "PrimeFaces puts the nonce on its scripts");
        assertFalse(page.body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handlers");
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("same-origin", page.header("Referrer-Policy"));
        assertNull(page.header("Strict-Transport-Security"), "HSTS only over HTTPS");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrict() {
        String session = new PageClient(base).signIn("caseworker", Api.DEMO_PASSWORD).sessionCookie().orElseThrow();

        assertTrue(session.startsWith("HOMEWARD_SESSION="), session);
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.contains("SameSite=Strict"), session);
    }

    @Test
    void overHttpsTheCookieIsSecureAndBrowsersAreToldToStayOnHttps() throws Exception {
        PageClient browser = new PageClient(java.net.URI.create("https://localhost:"
                + (8443 + Integer.getInteger("it.port.offset", 0)) + "/"), TransportSecurityIT.trustingTheTestCertificate());

        PageClient.Page signedIn = browser.signIn("caseworker", Api.DEMO_PASSWORD);

        String session = signedIn.sessionCookie().orElseThrow();
        assertTrue(session.toLowerCase(java.util.Locale.ROOT).contains("; secure"), session);
        assertTrue(signedIn.header("Strict-Transport-Security").startsWith("max-age="));
    }

    @Test
    void pagesNeedSigningInFirst() {
        Api.Answer answer = Api.at(base).get("admin/users.xhtml");

        assertEquals(302, answer.status());
        assertTrue(answer.header("Location").endsWith("/login.xhtml"));
    }

    @Test
    void errorPagesExplainWithoutInternals() {
        for (String page : List.of("error/403.xhtml", "error/404.xhtml", "error/500.xhtml", "error/expired.xhtml")) {
            Api.Answer answer = Api.at(base).get(page);
            assertEquals(200, answer.status(), page);
            assertTrue(answer.body().contains("<h1>"), page);
            assertFalse(answer.body().contains("java.lang.") || answer.body().contains("\tat org."), page);
        }
    }

    @Test
    void servesAFavicon() {
        Api.Answer icon = Api.at(base).get("favicon.ico");

        assertEquals(200, icon.status());
        assertEquals("image/svg+xml", icon.header("Content-Type"));
    }

    @Test
    void healthSaysTheDatabaseIsUp() {
        Api.Answer health = Api.at(base).get("health");

        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("status"));
        assertEquals("database", health.json().getJsonArray("checks").getJsonObject(0).getString("name"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Answer openapi = Api.at(base).get("openapi?format=JSON");

        assertEquals(200, openapi.status());
        var paths = openapi.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/users"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v1/me/password"));
        for (String path : java.util.List.of("/api/v1/persons/{id}/transitions", "/api/v1/persons/{id}/history",
                "/api/v1/rounds", "/api/v1/rounds/{id}/nominations", "/api/v1/rounds/{id}/nominations/{nominationId}",
                "/api/v1/rounds/{id}/exchange", "/api/v1/approvals", "/api/v1/approvals/{id}", "/api/v1/reports",
                "/api/v1/reports/{name}")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertEquals("listApprovals", paths.getJsonObject("/api/v1/approvals").getJsonObject("get").getString("operationId"));
        assertEquals("decideApproval", paths.getJsonObject("/api/v1/approvals/{id}").getJsonObject("post").getString("operationId"));
        assertEquals("transitionPerson", paths.getJsonObject("/api/v1/persons/{id}/transitions").getJsonObject("post")
                .getString("operationId"));
        assertEquals("getReport", paths.getJsonObject("/api/v1/reports/{name}").getJsonObject("get").getString("operationId"));
        assertEquals("basic", openapi.json().getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("basic").getString("scheme"));
    }
}
