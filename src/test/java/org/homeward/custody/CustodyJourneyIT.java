package org.homeward.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Custody events on the case page: the timeline, the whereabouts that follow it, a death, both languages. */
class CustodyJourneyIT extends BrowserTest {

    private long register(String user, String side) {
        Api.Answer created = Api.at(base).as(user).post("api/v1/persons", """
                {"category":"POW","side":"%s","familyName":"Гончар","givenName":"Петро","sex":"MALE","office":"KYIV",
                 "currentLocation":"unknown"}""".formatted(side));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private String timeline() {
        return driver.findElement(By.id("custodyTimeline")).getText();
    }

    @Test
    void aCaseworkerRecordsATransferAndTheWhereaboutsFollowIt() {
        long id = register("caseworker", "HELD");
        signIn("caseworker");
        open("cases/case.xhtml?id=" + id);
        assertTrue(pageText().contains("The bureau’s own record of this person in our custody"));
        assertEquals("unknown", driver.findElement(By.id("custodyWhereabouts")).getText());

        choose("Custody event", "captured or detained");
        fill("Date of the event", "02.03.2026");
        fill("Place of the event", "near Vovchansk");
        press("Record event");
        choose("Custody event", "transferred");
        fill("Date of the event", "2026-04");
        fill("Place of the event", "Camp No. 1, Kherson oblast");
        press("Record event");

        assertTrue(pageText().contains("Event recorded: transferred."), pageText());
        String[] entries = timeline().split("\n");
        assertTrue(entries[0].startsWith("transferred — 2026-04 (the month) · Camp No. 1, Kherson oblast · the bureau’s own record"),
                timeline());
        assertTrue(timeline().contains("captured or detained — 2026-03-02 · near Vovchansk"), timeline());
        assertEquals("Camp No. 1, Kherson oblast", driver.findElement(By.id("custodyWhereabouts")).getText());
        assertEquals("Camp No. 1, Kherson oblast", driver.findElement(By.id("view-currentLocation")).getText());
    }

    @Test
    void aBadDateIsNamedAtItsFieldAndNothingIsRecorded() {
        long id = register("caseworker", "HELD");
        signIn("caseworker");
        open("cases/case.xhtml?id=" + id);

        choose("Custody event", "released");
        fill("Date of the event", "2026-04");
        choose("Event date known to", "the day");
        press("Record event");

        assertTrue(messageFor("Date of the event").contains("\"2026-04\" does not match how much of the date is known"), messageFor("Date of the event"));
        assertEquals("No custody event is recorded yet.", driver.findElement(By.id("custodyEmpty")).getText());
    }

    @Test
    void aSupervisorRecordsADeathReportedByTheOtherSideAndTheCaseIsDeceased() {
        long id = register("supervisor", "OWN");
        Api.at(base).as("supervisor").post("api/v1/persons/" + id + "/sources",
                "{\"kind\":\"OTHER_SIDE_LIST\",\"receivedOn\":\"2026-06-01\",\"reliability\":\"PROBABLE\",\"reference\":\"list 14\"}");
        signIn("supervisor");
        open("cases/case.xhtml?id=" + id);
        assertTrue(pageText().contains("What the other side or the ICRC reported about this person’s custody"));

        choose("Custody event", "died");
        fill("Date of the event", "2026-05");
        choose("Source of information", "the other side's list 2026-06-01 · list 14");
        fill("Note on the event", "on the other side's list of the dead");
        press("Record reported event");
        // Recording the death would move the case at once: the page says so and asks again.
        assertEquals("Record the death? The case moves to \"deceased\" at once.",
                driver.findElement(By.id("custodyForm:deathConfirmationTitle")).getText());
        assertAccessible();
        pressIn(driver.findElement(By.id("custodyForm:deathConfirmation")), "Cancel");
        assertEquals("reported", driver.findElement(By.id("currentStatus")).getText(), "nothing is recorded on Cancel");
        assertEquals("2026-05", driver.findElement(By.id("custodyForm:date")).getAttribute("value"), "what was typed stays");
        press("Record reported event");
        press("Yes, record the death");

        assertTrue(pageText().contains("The case is now \"deceased\"."), pageText());
        assertEquals("deceased", driver.findElement(By.id("currentStatus")).getText());
        assertTrue(timeline().startsWith("died — 2026-05 (the month) · Source of information: the other side's list 2026-06-01"),
                timeline());
    }

    @Test
    void theCustodySectionSpeaksUkrainian() {
        long id = register("caseworker", "OWN");
        signIn("caseworker");
        clickAndWait(driver.findElement(By.id("headerForm:languageSwitch")));
        open("cases/case.xhtml?id=" + id);

        choose("Подія утримання", "інтерновано");
        fill("Дата події", "2026");
        fill("Місце події", "Оленівка");
        press("Записати повідомлену подію");

        assertTrue(timeline().startsWith("інтерновано — 2026 (рік) · Оленівка · джерело не вказано"), timeline());
        assertEquals("Оленівка", driver.findElement(By.id("custodyWhereabouts")).getText());
    }
}
