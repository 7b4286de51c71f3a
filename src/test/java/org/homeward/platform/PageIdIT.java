package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * Every page that shows one record by its {@code id}: an address whose id is no number (or no number a
 * record can have) is the "Page not found" page with status 404, never the 500 page. Plain HTTP with a
 * signed-in session; no browser is needed to see a status and a heading.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageIdIT {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The cookies of one browser: what the server set, sent back with every request. */
    private static final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        String signedInTo;

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return response;
        }
    }

    /** A browser signed in through the sign-in form. */
    private Browser signedIn(String username) throws Exception {
        Browser client = new Browser();
        String page = client.send(HttpRequest.newBuilder(uri("login.xhtml"))).body();
        Map<String, String> form = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(page.substring(page.indexOf("id=\"signInForm\"")));
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                form.put(name.group(1), value.find() ? value.group(1).replace("&#58;", ":") : "");
            }
        }
        form.put("signInForm:username", username);
        form.put("signInForm:password", Api.DEMO_PASSWORD);
        form.put("signInForm:signIn", "");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(302, posted.statusCode(), "signed in as " + username + ": " + posted.body());
        String to = posted.headers().firstValue("Location").orElse("");
        client.signedInTo = to + " " + form;
        assertTrue(!to.contains("login") && !to.contains("error"), "signed in as " + username + ", sent to " + to + " with " + form.keySet()
                + " cookies " + posted.headers().allValues("Set-Cookie"));
        return client;
    }

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path);
    }

    private void assertNotFound(Browser client, String page) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri(page)).header("Accept-Language", "en"));
        assertEquals(404, answer.statusCode(), page + " -> " + answer.headers().firstValue("Location").orElse("")
                + " with " + client.cookies + " after sign-in to " + client.signedInTo);
        assertTrue(answer.body().contains("Page not found"), page + ": " + answer.body());
    }

    @Test
    void aMalformedIdInAPageAddressIsNotFound() throws Exception {
        Browser supervisor = signedIn("supervisor");
        Browser admin = signedIn("admin");
        for (String id : List.of("abc", "1.5", "1e3", "99999999999999999999", "%00", "-1", "999999999")) {
            for (String page : List.of("cases/case.xhtml", "cases/edit.xhtml", "history/case.xhtml", "rounds/round.xhtml",
                    "rounds/edit.xhtml")) {
                assertNotFound(supervisor, page + "?id=" + id);
            }
            assertNotFound(admin, "admin/user.xhtml?id=" + id);
        }
    }
}
