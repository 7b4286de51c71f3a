package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.homeward.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Exports in the browser: the partner, who sees nothing but Exports, counts and then lists the cases
 * their agreement allows, watches each job finish and downloads the file; the head office's supervisor
 * exports the full list; the auditor finds all three in the access log.
 */
class ExportJourneyIT extends BrowserTest {

    private static final Pattern STARTED = Pattern.compile("Export (\\d+) started\\.");

    @Test
    void partnerAndSupervisorExportAndTheAuditorFindsEveryExport() throws IOException {
        Path downloads = Files.createTempDirectory("homeward-downloads");
        try {
            ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));

            signIn("partner");
            assertEquals("Exports", heading());
            assertEquals(List.of("Exports", "Change password"), menu());
            assertTrue(pageText().contains("DEMO-ICRC-2025-01"), "the agreement is shown");

            String aggregate = start("Aggregate counts", "Monthly figures for the delegation");
            waitUntilReady(aggregate);
            String minimal = start("Minimal person-level (pseudonymous)", "Tracing requests from families");
            waitUntilReady(minimal);
            assertTrue(row(minimal).contains("100%"), row(minimal));

            clickDownload(minimal);
            Path file = waitForDownload(downloads, "homeward-partner-minimal-" + minimal + ".csv");
            List<CSVRecord> rows = ExportApiIT.parse(Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(rows.get(0).get("pseudonymous id").startsWith("#x_pseudonym"), "HXL row first");
            assertTrue(rows.size() > 1);
            signOut();

            signIn("hq");
            open("exports/index.xhtml");
            String full = start("Full case list (internal)", "Preparing the next round");
            waitUntilReady(full);
            signOut();

            signIn("auditor");
            open("audit/search.xhtml");
            choose("Action", "exported case data");
            press("Search");
            String accessLog = driver.findElement(By.id("auditForm:accessLog")).getText();
            assertTrue(accessLog.contains("profile=AGGREGATE") && accessLog.contains("Monthly figures for the delegation"), accessLog);
            assertTrue(accessLog.contains("profile=PARTNER_MINIMAL") && accessLog.contains("agreement=DEMO-ICRC-2025-01"), accessLog);
            assertTrue(accessLog.contains("profile=FULL") && accessLog.contains("Preparing the next round"), accessLog);
        } finally {
            try (Stream<Path> files = Files.walk(downloads)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Fills the form and starts the export; its number, from the message. */
    private String start(String profile, String purpose) {
        choose("Profile", profile);
        fill("Purpose", purpose);
        press("Start export");
        Matcher started = STARTED.matcher(pageText());
        assertTrue(started.find(), pageText());
        return started.group(1);
    }

    /** The job's row as shown, read in one go: the page's poll replaces the table every two seconds. */
    @SuppressWarnings("unchecked")
    private String row(String job) {
        List<String> rows = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(\"[id='jobsForm:jobsTable'] tbody tr\")).map(r => r.innerText);");
        return rows.stream().filter(t -> t.matches("(?s)" + job + "\\s.*")).findFirst().orElse("");
    }

    /** The page polls every two seconds: the row turns "ready" by itself. */
    private void waitUntilReady(String job) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> row(job).contains("ready"));
    }

    /** The poll may replace the button between finding and clicking it: then find it again. */
    private void clickDownload(String job) {
        for (int attempt = 0; ; attempt++) {
            try {
                driver.findElement(By.cssSelector("button[aria-label='Download " + job + "']")).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    private static Path waitForDownload(Path directory, String name) {
        Path file = directory.resolve(name);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file)
                && !Files.exists(directory.resolve(name + ".crdownload")));
        return file;
    }
}
