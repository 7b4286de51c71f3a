package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.homeward.testing.Deployments;
import org.homeward.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What scanners and strangers cost the server: no session each, no stack traces, no forged redirects. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousTrafficIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousRequestsGetNoSession() {
        PageClient stranger = new PageClient(base);
        for (String path : List.of("login.xhtml", "login.xhtml?signedOut=true", "", "cases/list.xhtml?q=x",
                "admin/users.xhtml", "no-such-page.xhtml", "error/404.xhtml", "error/expired.xhtml", "health",
                "favicon.ico", "jakarta.faces.resource/homeward/homeward.css.xhtml", "api/v1/me", "api/v1/persons")) {
            for (int i = 0; i < 3; i++) {
                PageClient.Page page = stranger.get(path);
                assertEquals(Optional.empty(), page.sessionCookie(), path + " answered " + page.status());
            }
        }
    }

    @Test
    void theSignInPageWorksWithoutASessionUntilItIsPosted() {
        PageClient browser = new PageClient(base);

        PageClient.Page signedIn = browser.signIn("caseworker", "homeward-demo");

        assertEquals(302, signedIn.status());
        assertTrue(signedIn.header("Location").endsWith("/index.xhtml"), signedIn.header("Location"));
        assertTrue(signedIn.sessionCookie().isPresent(), "the session begins with the signing in");
        PageClient.Page home = browser.get("index.xhtml");
        assertEquals(200, home.status());
    }

    @Test
    void aPageAskedForBeforeSigningInIsWhereTheSignInLeads() {
        PageClient browser = new PageClient(base);

        PageClient.Page refused = browser.get("admin/users.xhtml");
        PageClient.Page signedIn = browser.signIn("admin", "homeward-demo");

        assertEquals(302, refused.status());
        assertTrue(signedIn.header("Location").endsWith("/admin/users.xhtml"), signedIn.header("Location"));
    }

    @Test
    void redirectsNeverNameTheHostTheRequestClaimed() throws IOException {
        for (String path : List.of("/", "/index.xhtml", "/admin/users.xhtml", "/cases", "/error", "/resources",
                "/login.xhtml?x=1")) {
            String answer = rawGet(path, "evil.example");
            assertFalse(answer.toLowerCase(java.util.Locale.ROOT).contains("evil.example"), path + ":\n" + answer);
        }
    }

    @Test
    void badPostbacksAnswerTheErrorPageAndLogOneShortLine() throws IOException {
        PageClient browser = new PageClient(base);
        browser.signIn("caseworker", "homeward-demo");
        PageClient.Page home = browser.get("index.xhtml");
        String viewState = home.viewState();
        Path log = serverLog();
        long before = Files.size(log);

        for (int i = 0; i < 20; i++) {
            // An AJAX postback of the header's form without PrimeFaces' script nonce.
            PageClient.Page refused = browser.ajax("index.xhtml", "jakarta.faces.source=headerForm&jakarta.faces.partial."
                    + "execute=%40all&jakarta.faces.partial.render=%40none&headerForm=headerForm&jakarta.faces.ViewState="
                    + PageClient.encode(viewState));
            assertTrue(refused.body().contains("<redirect url=\"/error/expired.xhtml\""), refused.body());
            // A view state nobody issued.
            PageClient.Page forged = new PageClient(base).post("login.xhtml",
                    "signInForm=signInForm&jakarta.faces.ViewState=-123%3A456");
            assertEquals(400, forged.status());
            assertTrue(forged.body().contains("id=\"errorText\""), forged.body());
        }

        String written = new String(readFrom(log, before), StandardCharsets.UTF_8);
        assertFalse(written.contains("\tat "), written);
        // Only what the requests' threads wrote: the audit seal's timer and other background work may log
        // meanwhile, and that is not the requests' doing.
        long lines = written.lines().filter(l -> l.contains("(default task-")).count();
        assertTrue(lines <= 2, "one line per kind, not one per request:\n" + written);
    }

    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }

    static Path serverLog() {
        return Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
    }

    private static byte[] readFrom(Path file, long offset) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            return in.readAllBytes();
        }
    }
}
