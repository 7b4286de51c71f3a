package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.DirectDatabase;
import org.homeward.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operators' metrics as Prometheus reads them: from the management interface, never the public
 * port; the server's own (requests, datasource pool) and Homeward's, each seen to move after the
 * action it counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorMetricsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private static String scrape() {
        String port = System.getProperty("it.management.port", "9990");
        HttpResponse<String> answer = get(URI.create("http://127.0.0.1:" + port + "/metrics"));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The value of the series of that name whose labels include these ({@code name="value"}; the server adds
     * others, such as the deployment's); 0 when there is none yet.
     */
    private static double value(String metrics, String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} ([-+0-9.Ee]+|NaN)$").matcher(metrics);
        while (line.find()) {
            String found = line.group(1);
            if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    /**
     * The public port has no metrics: /metrics is the not-found page, signed in or not; a scraper pointed
     * there by mistake is not sent to the sign-in page.
     */
    @Test
    void metricsAreOnTheManagementInterfaceOnly() {
        PageClient browser = new PageClient(base);
        assertEquals(302, browser.signIn("caseworker", Api.DEMO_PASSWORD).status());
        PageClient.Page signedIn = browser.get("metrics");
        assertEquals(404, signedIn.status(), signedIn.body());
        assertFalse(signedIn.body().contains("homeward_"), "no metric on the public port");
        for (String path : new String[] {"metrics", "metrics/prometheus"}) {
            PageClient.Page anonymous = new PageClient(base).get(path);
            assertEquals(404, anonymous.status(), path + ": " + anonymous.header("Location"));
            assertFalse(anonymous.body().contains("homeward_"), "no metric on the public port");
        }

        double requests = value(scrape(), "undertow_request_count_total", API_SERVLET);
        assertEquals(200, Api.at(base).as("caseworker").get("api/v1/me").status());
        String metrics = scrape();
        assertTrue(value(metrics, "undertow_request_count_total", API_SERVLET) >= requests + 1, "undertow counts the API's requests");
        assertTrue(metrics.contains("undertow_total_request_time_seconds_total{app=\"homeward.war\""), "and times them");
        assertTrue(Pattern.compile("(?m)^datasources_pool_max_used_count\\{[^}]*name=\"HomewardDS\"[^}]*} [1-9]")
                .matcher(metrics).find(), "the pool of Homeward's datasource, used");
        assertTrue(metrics.contains("# TYPE homeward_sign_ins_failed_total counter"), "Homeward's counters are registered");
    }

    private static final String API_SERVLET = "name=\"org.homeward.platform.api.HomewardApi\"";

    @Test
    void aFailedSignInIsCounted() {
        String series = "homeward_sign_ins_failed_total";
        double before = value(scrape(), series);
        assertTrue(scrape().contains(series + "{"), "registered before the first failure");
        assertEquals(401, Api.at(base).as("caseworker", "not the password of anyone").get("api/v1/me").status());
        // A success from the same address clears its slowdown for the tests after this one.
        assertEquals(200, Api.at(base).as("caseworker").get("api/v1/me").status());
        assertEquals(before + 1, value(scrape(), series));
    }

    /**
     * An address that failed too often waits; its attempts in the meantime are refused unchecked (429) and
     * counted apart from the failures. The wait is set in the database rather than by a burst of failures,
     * so the refusal does not depend on how fast the test runs.
     */
    @Test
    void aSignInRefusedByTheThrottleIsCounted() {
        String throttled = "homeward_sign_ins_throttled_total";
        String failed = "homeward_sign_ins_failed_total";
        String before = scrape();
        assertTrue(before.contains("# TYPE " + throttled + " counter"), "registered before the first refusal");
        assertEquals(401, Api.at(base).as("caseworker", "not the password of anyone").get("api/v1/me").status());
        try {
            DirectDatabase.execute("update sign_in_throttle set blocked_until = ?",
                    OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10));
            // Another guess: the right password would pass unchecked as the test's own recent sign-in (VerifiedCredentials).
            Api.Answer refused = Api.at(base).as("caseworker", "another guess").get("api/v1/me");
            assertEquals(429, refused.status(), refused.body());
            String after = scrape();
            assertEquals(value(before, throttled) + 1, value(after, throttled));
            assertEquals(value(before, failed) + 1, value(after, failed), "the refused guess is not counted as checked and failed");
        } finally {
            // Every test signs in from this machine's address: the next must not wait.
            DirectDatabase.execute("delete from sign_in_throttle");
        }
    }

    @Test
    void aRecordedExchangeIsCounted() {
        String series = "homeward_exchanges_recorded_total";
        double before = value(scrape(), series);
        Api hq = Api.at(base).as("hq");
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons",
                "{\"category\":\"POW\",\"side\":\"OWN\",\"familyName\":\"Метрик\",\"sex\":\"MALE\",\"office\":\"KYIV\"}");
        assertEquals(201, created.status(), created.body());
        long person = created.json().getJsonNumber("id").longValue();
        for (String to : new String[] {"LOCATED", "VERIFIED"}) {
            assertEquals(201, Api.at(base).as("caseworker").post("api/v1/persons/" + person + "/transitions",
                    "{\"to\":\"" + to + "\"}").status());
        }
        Api.Answer round = hq.post("api/v1/rounds", """
                {"name":"Metrics round %d","type":"POW_EXCHANGE","venue":"Istanbul","talksDate":"2026-07-23"}"""
                .formatted(System.nanoTime()));
        assertEquals(201, round.status(), round.body());
        long id = round.json().getJsonNumber("id").longValue();
        Api.Answer listed = hq.post("api/v1/rounds/" + id + "/nominations", "{\"personId\":" + person + "}");
        assertEquals(201, listed.status(), listed.body());
        assertEquals(200, hq.put("api/v1/rounds/" + id + "/nominations/" + listed.json().getJsonNumber("id"),
                "{\"outcome\":\"ACCEPTED\"}").status());
        assertEquals(200, hq.post("api/v1/rounds/" + id + "/status", "{\"to\":\"NEGOTIATING\"}").status());
        assertEquals(200, hq.post("api/v1/rounds/" + id + "/status", "{\"to\":\"AGREED\"}").status());
        long version = hq.get("api/v1/rounds/" + id).json().getJsonNumber("version").longValue();

        Api.Answer stale = hq.post("api/v1/rounds/" + id + "/exchange",
                "{\"version\":" + (version - 1) + ",\"exchangeDate\":\"2026-07-25\"}");
        assertEquals(409, stale.status(), stale.body());
        assertEquals(before, value(scrape(), series), "a refused exchange is not counted");

        Api.Answer exchanged = hq.post("api/v1/rounds/" + id + "/exchange",
                "{\"version\":" + version + ",\"exchangeDate\":\"2026-07-25\"}");
        assertEquals(200, exchanged.status(), exchanged.body());
        assertEquals(before + 1, value(scrape(), series));
    }

    @Test
    void anExportRunIsCounted() {
        String series = "homeward_exports_run_total";
        String done = "outcome=\"done\"";
        double before = value(scrape(), series, done);
        Api.FileAnswer export = Api.at(base).as("hq").file("POST", "api/v1/exports",
                "{\"profile\":\"FULL\",\"filters\":{\"category\":\"REMAINS\"},\"purpose\":\"Metrics check\"}");
        assertEquals(200, export.status(), export.toString());
        assertEquals(before + 1, value(scrape(), series, done));
        assertTrue(scrape().matches("(?s).*\\nhomeward_imports_run_total\\{[^}]*outcome=\"done\".*"),
                "the imports' counter is there to count");
    }

    /**
     * An access-log entry committed an hour ago and never sealed (as when sealing stops) shows as the
     * access chain's seal lag until sealing catches up with it.
     */
    @Test
    void theSealLagShowsEntriesWaitingForTheirSeal() throws Exception {
        String lag = "homeward_audit_seal_lag_seconds";
        String waiting = "homeward_audit_unsealed_entries";
        String access = "chain=\"access\"";
        // The gauge is registered by the first scheduled seal after the deployment (every 5 seconds).
        Instant measuredBy = Instant.now().plusSeconds(30);
        while (!scrape().contains(lag + "{") && Instant.now().isBefore(measuredBy)) {
            Thread.sleep(250);
        }
        assertTrue(scrape().contains(lag + "{"), "the lag is measured");
        long id = Long.parseLong(DirectDatabase.text("select max(id) from access_log_entry")) + 1_000_000_000L;
        DirectDatabase.execute("insert into access_log_entry (id, occurred_at, username, action, detail) values (?, ?, ?, ?, ?)",
                id, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "metrics-check", "SIGN_IN_FAILED", "seal lag check");
        double seen = 0;
        double seenWaiting = 0;
        Instant until = Instant.now().plusSeconds(30);
        while (seen < 3000 && Instant.now().isBefore(until)) {
            String metrics = scrape();
            seen = value(metrics, lag, access);
            seenWaiting = Math.max(seenWaiting, value(metrics, waiting, access));
            Thread.sleep(250);
        }
        assertTrue(seen >= 3000, "lag seen: " + seen);
        assertTrue(seenWaiting >= 1, "entries waiting seen: " + seenWaiting);
        Instant sealedBy = Instant.now().plusSeconds(30);
        while (DirectDatabase.text("select seal_seq from access_log_entry where id = ?", id) == null
                && Instant.now().isBefore(sealedBy)) {
            Thread.sleep(250);
        }
        assertTrue(DirectDatabase.text("select seal_seq from access_log_entry where id = ?", id) != null, "sealed at last");
        Instant caughtUp = Instant.now().plusSeconds(30);
        while (value(scrape(), lag, access) >= 3000 && Instant.now().isBefore(caughtUp)) {
            Thread.sleep(250);
        }
        assertTrue(value(scrape(), lag, access) < 3000, "the lag falls once the entry is sealed");
    }
}
