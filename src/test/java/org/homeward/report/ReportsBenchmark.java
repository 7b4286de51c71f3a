package org.homeward.report;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.access.DemoAccounts;

/**
 * The reports benchmark's client (issue "The supervisor's desk", performance): against a running server
 * on a caseload loaded by {@link CaseloadLoader}, times every report of the API with no filter and with
 * one filter each, the dashboard page as a browser gets it after signing in through the form, and the PDF
 * and CSV downloads; prints median, 95th percentile and max of {@code rounds} requests after warm-up.
 * A request that does not answer 200 gets one line saying so, and the run goes on. Run through
 * src/test/benchmark/reports.sh, which loads the caseload and starts and stops the server.
 */
public final class ReportsBenchmark {

    static final List<String> REPORTS = List.of("status", "children", "remains", "flow", "rounds", "time-to-repatriation",
            "workload", "stale-cases");
    private static final int WARM_UP = 3;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"signInForm\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("<(?:input|button)\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

    private final String base;
    private final int rounds;

    private ReportsBenchmark(String base, int rounds) {
        this.base = base;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        new ReportsBenchmark(System.getProperty("url", "http://127.0.0.1:8080/"), Integer.getInteger("rounds", 30)).run();
    }

    private void run() throws Exception {
        HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String round = System.getProperty("round", firstCompletedRound(api));
        List<String> filters = List.of("", "office=KYIV", "category=CHILD", "from=2025-01-01&to=2025-12-31", "round=" + round);
        System.out.printf("%-64s %9s %9s %9s %9s%n", "request (as hq unless said)", "median", "p95", "max", "bytes");
        // -Dparts=dashboard measures the dashboard pages alone (a quick check after a change).
        List<String> parts = List.of(System.getProperty("parts", "reports,downloads,dashboard").split(","));
        for (String report : parts.contains("reports") ? REPORTS : List.<String>of()) {
            for (String filter : filters) {
                String path = "api/v1/reports/" + report + (filter.isEmpty() ? "" : "?" + filter);
                time(path, api, basic(path, "hq", "application/json"));
            }
        }
        for (String format : parts.contains("downloads") ? List.of("pdf", "csv") : List.<String>of()) {
            String path = "api/v1/reports/status?format=" + format;
            time(path + " (download)", api, basic(path, "hq", "*/*"));
        }
        for (String user : parts.contains("dashboard") ? List.of("hq", "supervisor") : List.<String>of()) {
            HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
            if (signIn(browser, user)) {
                time("dashboard page index.xhtml (" + user + ", signed in by the form)", browser,
                        HttpRequest.newBuilder(URI.create(base + "index.xhtml")).header("Accept", "text/html").build());
            }
        }
    }

    /**
     * Sends the request {@value #WARM_UP} times to warm up and {@code rounds} times measured, and prints the
     * times; for an answer other than 200, or a page that sends the user back to sign in, one line instead.
     */
    private void time(String label, HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        long bytes = 0;
        List<Double> millis = new ArrayList<>();
        for (int i = -WARM_UP; i < rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double took = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200 || response.uri().getPath().endsWith("login.xhtml")) {
                String body = new String(response.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
                System.out.printf("%-64s HTTP %d at %s, not timed: %s%n", label, response.statusCode(), response.uri().getPath(),
                        body.substring(0, Math.min(120, body.length())));
                return;
            }
            bytes = response.body().length;
            if (i >= 0) {
                millis.add(took);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-64s %7.1fms %7.1fms %7.1fms %9d%n", label, percentile(millis, 50), percentile(millis, 95),
                millis.get(millis.size() - 1), bytes);
    }

    /** Signs in through the sign-in form as a browser does: the form's own fields and view state, the session cookie kept. */
    private boolean signIn(HttpClient browser, String user) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = FORM.matcher(page.body());
        Matcher action = ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !form.find() || !action.find()) {
            System.out.printf("sign-in as %s: no sign-in form at login.xhtml (HTTP %d)%n", user, page.statusCode());
            return false;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(form.group(1));
        while (field.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(field.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
            }
            String name = attributes.get("name");
            if (name == null) {
                continue;
            }
            String value = name.endsWith("username") ? user : name.endsWith("password") ? DemoAccounts.DEMO_PASSWORD
                    : attributes.getOrDefault("value", "");
            fields.put(name, value);
        }
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(page.uri().resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.uri().getPath().endsWith("login.xhtml")) {
            System.out.printf("sign-in as %s: still on %s (HTTP %d) after posting fields %s%n", user, answer.uri().getPath(),
                    answer.statusCode(), fields.keySet());
            return false;
        }
        return true;
    }

    /** The id of a completed round of the caseload, for the round filter. */
    private String firstCompletedRound(HttpClient api) throws IOException, InterruptedException {
        HttpResponse<String> response = api.send(basic("api/v1/rounds?status=COMPLETED&size=1", "hq", "application/json"),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("no completed round in the caseload: HTTP " + response.statusCode());
        }
        return id.group(1);
    }

    private HttpRequest basic(String path, String user, String accept) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + DemoAccounts.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
