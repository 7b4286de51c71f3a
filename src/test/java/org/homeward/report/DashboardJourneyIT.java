package org.homeward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.homeward.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The supervisor's home page as head office and an office supervisor use it. */
class DashboardJourneyIT extends BrowserTest {

    @Test
    void headOfficeReadsTheChartsFollowsAFigureToItsListAndDownloads() throws Exception {
        signIn("hq");
        assertEquals("Dashboard", driver.findElement(By.id("dashboardTitle")).getText());
        assertEquals("Figures of every office", driver.findElement(By.id("dashboardScope")).getText());
        waitForCharts();
        List<WebElement> charts = driver.findElements(By.cssSelector(".hw-chart canvas"));
        assertTrue(charts.size() >= 9, "charts: " + charts.size());
        assertTrue(driver.findElements(By.id("table-status-offices")).size() == 1, "head office sees the breakdown by office");
        assertEquals(List.of(), consoleErrors(), "no script error, no refusal by the content security policy");

        choose("Round", "Istanbul talks, round 2");
        clickAndWait(button("Apply filters"));
        assertTrue(driver.getCurrentUrl().contains("round="), driver.getCurrentUrl());
        waitForCharts();
        assertEquals("Istanbul talks, round 2", new Select(field("Round")).getFirstSelectedOption().getText());

        WebElement nominated = driver.findElement(By.cssSelector("#table-rounds tbody tr:first-child td:nth-of-type(2) a"));
        String figure = nominated.getText();
        assertTrue(Integer.parseInt(figure) > 0, "the round has people on its list: " + figure);
        clickAndWait(nominated);
        assertTrue(path().endsWith("/cases/list.xhtml"), path());
        assertEquals(figure + " people match.", driver.findElement(By.cssSelector("[id$=':total']")).getText());
        assertTrue(driver.findElement(By.id("selectionText")).getText().contains("on the list of round"));
        assertEquals(List.of(), consoleErrors());

        driver.navigate().back();
        waitForPage();
        for (String format : List.of("pdf", "csv")) {
            String href = driver.findElement(By.id(format + "-status")).getAttribute("href");
            HttpResponse<byte[]> file = fetchSignedIn(href);
            assertEquals(200, file.statusCode(), href);
            assertEquals(format.equals("pdf") ? "application/pdf" : "text/csv;charset=UTF-8",
                    file.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("homeward-status." + format));
            assertTrue(file.body().length > 100);
        }
    }

    @Test
    void anOfficeSupervisorSeesTheirOfficeOnly() {
        signIn("supervisor");
        assertEquals("Figures of office KYIV", driver.findElement(By.id("dashboardScope")).getText());
        assertTrue(driver.findElements(By.id("table-status-offices")).isEmpty());
        List<String> offices = new Select(field("Office")).getOptions().stream().map(WebElement::getText).toList();
        assertEquals(List.of("any", "KYIV"), offices);
        waitForCharts();
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void aCaseworkerSeesTheirOwnFiguresInUkrainian() {
        signIn("caseworker");
        clickAndWait(driver.findElement(By.cssSelector(".hw-language")));
        assertEquals("Мої показники", driver.findElement(By.id("dashboardTitle")).getText());
        assertEquals("Показники справ, призначених caseworker", driver.findElement(By.id("dashboardScope")).getText());
        assertFalse(pageText().contains("???"), "every text has its Ukrainian form");
        waitForCharts();
    }

    /** Every chart on the page drawn by Chart.js. */
    private void waitForCharts() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelectorAll('.hw-chart canvas');"
                        + " return c.length > 0 && window.Chart && Array.prototype.every.call(c, function (x) { return Chart.getChart(x); });"));
    }

    private HttpResponse<byte[]> fetchSignedIn(String href) throws Exception {
        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
