package org.homeward.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A caseworker asks to close a case; the supervisor declines it from the inbox on the home page with a
 * reason, which the caseworker reads in My work; asked again, the supervisor approves it after the
 * confirmation, and the case's status history names both. A supervisor who closes a case at once is
 * told first what follows, in a dialog.
 */
class ApprovalJourneyIT extends BrowserTest {

    /** A reported prisoner of war of the Kyiv office; returns {id, case number}. */
    private String[] reportedPow() {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":"Захарченко","givenName":"Остап","sex":"MALE","office":"KYIV"}""");
        assertEquals(201, created.status(), created.body());
        return new String[] {String.valueOf(created.json().getJsonNumber("id").longValue()),
                created.json().getString("caseNumber")};
    }

    private void askToClose(String personId, String reason) {
        open("cases/case.xhtml?id=" + personId);
        choose("New status", "closed * (needs a supervisor’s approval)");
        choose("Closing reason", "request withdrawn");
        fill("Reason", reason);
        press("Change status");
    }

    /** The row of the case in a table of requests (the inbox, My work). */
    private WebElement rowOf(String tableId, String caseNumber) {
        return driver.findElement(By.xpath("//*[@id=" + "'" + tableId + "']//tr[.//a[normalize-space(.)='" + caseNumber + "']]"));
    }

    private List<WebElement> rowsOf(String tableId, String caseNumber) {
        return driver.findElements(By.xpath("//*[@id=" + "'" + tableId + "']//tr[.//a[normalize-space(.)='" + caseNumber + "']]"));
    }

    private String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    @Test
    void aCaseworkerAsksToCloseTheSupervisorDeclinesOnceThenApprovesAndTheHistoryNamesBoth() {
        String[] person = reportedPow();
        String personId = person[0];
        String caseNumber = person[1];

        signIn("caseworker");
        askToClose(personId, "the family withdrew the request by phone");
        assertTrue(messages().contains("Sent to a supervisor for approval: moving the case to closed."), messages());
        assertEquals("reported", driver.findElement(By.id("currentStatus")).getText());
        String waiting = driver.findElement(By.id("pendingRequest")).getText();
        assertTrue(waiting.startsWith("Waiting for a supervisor’s approval: reported → closed (request withdrawn) — asked by caseworker"),
                waiting);
        assertTrue(driver.findElements(By.id("pendingForm")).isEmpty(), "a caseworker cannot decide");
        signOut();

        signIn("supervisor");
        open("index.xhtml");
        WebElement request = rowOf("inboxForm:inbox", caseNumber);
        assertTrue(request.getText().contains("Захарченко Остап"), request.getText());
        assertTrue(request.getText().contains("reported → closed (request withdrawn)"), request.getText());
        assertTrue(request.getText().contains("the family withdrew the request by phone"), request.getText());
        pressIn(request, "Decline");
        assertEquals("Decline the request on " + caseNumber + "?", driver.findElement(By.cssSelector("#decisionForm h3")).getText());
        press("Confirm decline");
        assertEquals("Give the reason for declining: the caseworker will read it.", messageFor("Reason for the decision"));
        fill("Reason for the decision", "call the family back first and note who withdrew");
        press("Confirm decline");
        assertTrue(messages().contains("Request on " + caseNumber + " declined"), messages());
        assertTrue(rowsOf("inboxForm:inbox", caseNumber).isEmpty(), "a declined request leaves the inbox");
        signOut();

        signIn("caseworker");
        open("cases/my-work.xhtml");
        String outcome = rowOf("myRequests", caseNumber).getText();
        assertTrue(outcome.contains("declined"), outcome);
        assertTrue(outcome.contains("by supervisor"), outcome);
        assertTrue(outcome.contains("call the family back first and note who withdrew"), outcome);
        askToClose(personId, "the mother confirmed the withdrawal in writing");
        assertTrue(messages().contains("Sent to a supervisor for approval"), messages());
        signOut();

        signIn("supervisor");
        open("index.xhtml");
        pressIn(rowOf("inboxForm:inbox", caseNumber), "Approve");
        assertEquals("Approve the request on " + caseNumber + "?", driver.findElement(By.cssSelector("#decisionForm h3")).getText());
        assertEquals("REPORTED", Api.at(base).as("supervisor").get("api/v1/persons/" + personId).json().getString("status"),
                "nothing changes before the confirmation");
        press("Confirm approval");
        assertTrue(messages().contains("Request on " + caseNumber + " approved"), messages());

        open("cases/case.xhtml?id=" + personId);
        assertEquals("closed", driver.findElement(By.id("currentStatus")).getText());
        String history = driver.findElement(By.id("statusHistory")).getText();
        assertTrue(history.startsWith("reported → closed — asked by caseworker, approved by supervisor, "), history);
        assertTrue(history.contains("the mother confirmed the withdrawal in writing"), history);
        assertTrue(driver.findElements(By.id("pendingRequest")).isEmpty(), "nothing waits any more");
    }

    @Test
    void aSupervisorClosingACaseIsToldWhatFollowsAndNothingChangesBeforeTheyConfirm() {
        String[] person = reportedPow();
        signIn("supervisor");
        open("cases/case.xhtml?id=" + person[0]);
        choose("New status", "closed *");
        choose("Closing reason", "request withdrawn");
        fill("Reason", "the family withdrew the request in writing");
        button("Change status").click();
        WebElement confirm = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(confirm.getText().contains("Confirm the new status: closed"), confirm.getText());
        assertTrue(confirm.getText().contains("only a supervisor can reopen it"), confirm.getText());
        assertAccessible();
        pressIn(confirm, "Cancel");
        assertEquals("REPORTED", Api.at(base).as("supervisor").get("api/v1/persons/" + person[0]).json().getString("status"),
                "nothing changes when the supervisor steps back");

        button("Change status").click();
        confirm = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        pressIn(confirm, "Yes, change the status");
        assertEquals("closed", driver.findElement(By.id("currentStatus")).getText());
        assertTrue(driver.findElement(By.id("statusHistory")).getText().startsWith("reported → closed — supervisor"),
                driver.findElement(By.id("statusHistory")).getText());
    }

    @Test
    void aSupervisorDecidesTheWaitingRequestOnTheCasePage() {
        String[] person = reportedPow();
        Api.Answer asked = Api.at(base).as("caseworker").post("api/v1/persons/" + person[0] + "/transitions",
                "{\"to\":\"DECEASED\",\"reason\":\"named on the other side's list of the dead\"}");
        assertEquals(202, asked.status(), asked.body());

        signIn("supervisor");
        open("cases/case.xhtml?id=" + person[0]);
        String waiting = driver.findElement(By.id("pendingRequest")).getText();
        assertTrue(waiting.startsWith("Waiting for a supervisor’s approval: reported → deceased — asked by caseworker"), waiting);
        pressIn(driver.findElement(By.id("pendingForm")), "Decline");
        fill("Reason for the decision", "the list names another man of the same name");
        press("Confirm decline");
        assertTrue(messages().contains("Request on " + person[1] + " declined"), messages());
        assertEquals("reported", driver.findElement(By.id("currentStatus")).getText());
        assertTrue(driver.findElements(By.id("pendingRequest")).isEmpty(), "nothing waits any more");
    }
}
