package org.homeward.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A supervisor running an exchange round in the browser, from creating it to recording the exchange. */
class RoundJourneyIT extends BrowserTest {

    private static String uniqueFamilyName() {
        String letters = "бвгджзклмнпрстфхцчш";
        StringBuilder name = new StringBuilder("Обмін");
        for (int i = 0; i < 5; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
            name.append("аеиоуі".charAt(ThreadLocalRandom.current().nextInt(6)));
        }
        return name.append("енко").toString();
    }

    /** A verified prisoner of war of the Kyiv office, registered and verified through the API; returns the case number. */
    private String verifiedPow(String familyName, String givenName, String side) {
        Api api = Api.at(base).as("caseworker");
        Api.Answer created = api.post("api/v1/persons", """
                {"category":"POW","side":"%s","familyName":%s,"givenName":%s,"sex":"MALE","office":"KYIV"}"""
                .formatted(side, Api.quote(familyName), Api.quote(givenName)));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\"}").status());
        assertEquals(201, api.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"VERIFIED\"}").status());
        return created.json().getString("caseNumber");
    }

    /** Lists the person on the round, accepts them and agrees the round, as a supervisor of head office. */
    private void agreeOn(long round, long person) {
        Api hq = Api.at(base).as("hq");
        long nomination = hq.post("api/v1/rounds/" + round + "/nominations", "{\"personId\":" + person + "}")
                .json().getJsonNumber("id").longValue();
        assertEquals(200, hq.put("api/v1/rounds/" + round + "/nominations/" + nomination, "{\"outcome\":\"ACCEPTED\"}").status());
        assertEquals(200, hq.post("api/v1/rounds/" + round + "/status", "{\"to\":\"NEGOTIATING\"}").status());
        assertEquals(200, hq.post("api/v1/rounds/" + round + "/status", "{\"to\":\"AGREED\"}").status());
    }

    private void tick(String formId, String caseNumber) {
        driver.findElement(By.cssSelector("#" + formId + " input[type=checkbox][title='" + caseNumber + "']")).click();
    }

    private String message() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b);
    }

    @Test
    void aSupervisorNominatesFourAcceptsThreeRejectsOneAndRecordsTheExchange() {
        String familyName = uniqueFamilyName();
        List<String> cases = new ArrayList<>();
        for (String given : List.of("Андрій", "Богдан", "Василь", "Григорій")) {
            cases.add(verifiedPow(familyName, given, "OWN"));
        }
        String roundName = "Istanbul talks, round " + System.nanoTime();

        signIn("hq");
        open("rounds/list.xhtml");
        clickLink("New round");
        fill("Name", roundName);
        choose("Type", "prisoner exchange");
        fill("Venue", "Istanbul, Çırağan Palace");
        fill("Mediators", "Türkiye");
        fill("Date of talks", "2026-07-23");
        fill("Agreed terms", "1,000 for 1,000");
        press("Save");
        assertEquals(roundName, heading());
        assertTrue(message().contains("created"), message());
        assertEquals("planned", driver.findElement(By.id("roundStatus")).getText());

        fill("Search the registry", familyName);
        press("Search");
        cases.forEach(c -> tick("nominateForm", c));
        press("Nominate selected");
        assertTrue(message().contains("4 people listed."), message());

        for (int i = 0; i < 3; i++) {
            tick("listForm", cases.get(i));
        }
        choose("Decision", "accepted");
        press("Apply to selected");
        assertTrue(message().contains("3 nominations updated."), message());

        tick("listForm", cases.get(3));
        choose("Decision", "rejected");
        press("Apply to selected");
        assertEquals("Give the other side’s reason for rejecting.", messageFor("Reason (required to reject)"));
        // The form comes back as it was sent: the person still ticked, the decision still chosen.
        assertTrue(driver.findElement(By.cssSelector("#listForm input[title='" + cases.get(3) + "']")).isSelected());
        fill("Reason (required to reject)", "not on their list");
        press("Apply to selected");
        String list = driver.findElement(By.id("listForm:nominations")).getText();
        assertTrue(list.contains("rejected · not on their list"), list);

        choose("Move round to", "negotiating");
        press("Move round to");
        choose("Move round to", "agreed");
        press("Move round to");
        assertEquals("agreed", driver.findElement(By.id("roundStatus")).getText());
        assertTrue(driver.findElement(By.id("parity")).getText().contains("We receive 3, we hand over 0"));

        press("Record the exchange…");
        WebElement dialog = driver.findElement(By.id("exchangeDialog"));
        assertTrue(dialog.isDisplayed());
        assertEquals("Recording the exchange repatriates 3 of our people and hands over 0 of the other side’s; 1 people "
                + "on the list are not exchanged and return to the status they had before the round. The round is "
                + "completed. This cannot be undone.", dialog.findElement(By.id("exchangePlan")).getText());
        assertEquals("Not at parity: we receive 3 and hand over 0.",
                dialog.findElement(By.id("exchangeConfirmForm:parityWarning")).getText());
        press("Record the exchange");
        assertEquals("Enter the date the exchange took place.", messageFor("Date of the exchange"));
        assertEquals("agreed", driver.findElement(By.id("roundStatus")).getText(), "nothing is recorded without its date");
        fill("Date of the exchange", "25.07.2026");
        press("Record the exchange");
        assertTrue(message().contains("Exchange recorded: 3 people repatriated, 1 returned to their earlier status."), message());
        assertEquals("completed", driver.findElement(By.id("roundStatus")).getText());
        assertEquals("2026-07-25", driver.findElement(By.id("actualExchangeDate")).getText());

        for (int i = 0; i < 4; i++) {
            clickLink(cases.get(i));
            String expected = i < 3 ? "repatriated" : "verified";
            assertEquals(expected, driver.findElement(By.id("currentStatus")).getText(), cases.get(i));
            String history = driver.findElement(By.id("statusHistory")).getText();
            assertTrue(history.startsWith(i < 3 ? "agreed → repatriated — hq" : "nominated → verified — hq"), history);
            assertTrue(history.contains("verified → nominated — hq"), history);
            driver.navigate().back();
            waitForPage();
        }

        // The reasons the round gave read in the reader's language.
        clickLink(cases.get(0));
        clickLink("Українська");
        String history = driver.findElement(By.id("statusHistory")).getText();
        assertTrue(history.contains("Обміняно в раунді «" + roundName + "», 2026-07-25"), history);
        assertTrue(history.contains("Погоджено в раунді «" + roundName + "»"), history);
        assertFalse(history.contains("Exchanged on"), history);
    }

    @Test
    void cancellingARoundAsksFirstAndSaysWhoGoesBack() {
        String familyName = uniqueFamilyName();
        Api hq = Api.at(base).as("hq");
        long round = hq.post("api/v1/rounds", "{\"name\":\"Cancelled round " + System.nanoTime() + "\",\"type\":\"POW_EXCHANGE\"}")
                .json().getJsonNumber("id").longValue();
        for (String given : List.of("Іван", "Остап")) {
            String caseNumber = verifiedPow(familyName, given, "OWN");
            long person = hq.get("api/v1/persons?q=" + caseNumber).json().getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            assertEquals(201, hq.post("api/v1/rounds/" + round + "/nominations", "{\"personId\":" + person + "}").status());
        }

        signIn("hq");
        open("rounds/round.xhtml?id=" + round);
        choose("Move round to", "cancelled");
        press("Move round to");
        WebElement dialog = driver.findElement(By.id("cancelDialog"));
        assertTrue(dialog.isDisplayed());
        assertEquals("Cancelling the round takes all 2 people off its list: each returns to the status they had before "
                + "the round. This cannot be undone.", dialog.findElement(By.id("cancelPlan")).getText());
        assertEquals("planned", driver.findElement(By.id("roundStatus")).getText(), "nothing happens before the confirmation");
        press("Keep the round");
        assertTrue(driver.findElements(By.id("cancelDialog")).isEmpty());

        choose("Move round to", "cancelled");
        press("Move round to");
        press("Cancel the round");
        assertEquals("Give the reason for cancelling the round.", messageFor("Reason for cancelling"));
        fill("Reason for cancelling", "talks broken off");
        press("Cancel the round");
        assertEquals("cancelled", driver.findElement(By.id("roundStatus")).getText());
        assertTrue(driver.findElement(By.id("listForm:nominations")).getText().contains("withdrawn · talks broken off"),
                driver.findElement(By.id("listForm:nominations")).getText());
    }

    @Test
    void aSupervisorWhoCannotSeeTheWholeListIsToldSoAndCannotRecordItsExchange() {
        Api hq = Api.at(base).as("hq");
        long round = hq.post("api/v1/rounds", "{\"name\":\"Round across offices " + System.nanoTime() + "\",\"type\":\"POW_EXCHANGE\"}")
                .json().getJsonNumber("id").longValue();
        Api kharkiv = Api.at(base).as("caseworker2");
        Api.Answer created = kharkiv.post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"sex":"MALE","office":"KHARKIV"}"""
                .formatted(Api.quote(uniqueFamilyName())));
        long outside = created.json().getJsonNumber("id").longValue();
        kharkiv.post("api/v1/persons/" + outside + "/transitions", "{\"to\":\"LOCATED\"}");
        assertEquals(201, kharkiv.post("api/v1/persons/" + outside + "/transitions", "{\"to\":\"VERIFIED\"}").status());
        agreeOn(round, outside);

        signIn("supervisor");
        open("rounds/round.xhtml?id=" + round);
        press("Record the exchange…");
        WebElement dialog = driver.findElement(By.id("exchangeDialog"));
        assertTrue(dialog.findElement(By.id("exchangeConfirmForm:exchangeOutsideScope")).getText()
                .startsWith("1 people on this round are outside your record scope"), dialog.getText());
        assertTrue(driver.findElements(By.id("exchangeConfirmForm:recordExchange")).isEmpty());
        assertTrue(driver.findElements(By.id("exchangeConfirmForm:exchangeDate")).isEmpty());
    }

    @Test
    void aCaseworkerSeesTheRoundButCannotRecordItsExchange() {
        String caseNumber = verifiedPow(uniqueFamilyName(), "Дмитро", "OWN");
        Api hq = Api.at(base).as("hq");
        long round = hq.post("api/v1/rounds", "{\"name\":\"Agreed round " + System.nanoTime() + "\",\"type\":\"POW_EXCHANGE\"}")
                .json().getJsonNumber("id").longValue();
        long person = hq.get("api/v1/persons?q=" + caseNumber).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        agreeOn(round, person);

        signIn("caseworker");
        open("rounds/round.xhtml?id=" + round);
        assertTrue(driver.findElement(By.id("listForm:nominations")).getText().contains(caseNumber));
        assertTrue(driver.findElements(By.id("exchangeForm:askExchange")).isEmpty());
        assertTrue(driver.findElements(By.id("roundStatusForm:moveRound")).isEmpty());
        assertEquals(List.of("withdrawn"), new org.openqa.selenium.support.ui.Select(field("Decision")).getOptions()
                .stream().map(WebElement::getText).filter(t -> !t.equals("— choose —")).toList());
        assertEquals(403, Api.at(base).as("caseworker").post("api/v1/rounds/" + round + "/exchange", "{}").status());
    }

    @Test
    void aCaseworkerChangesAStatusOnTheCasePageAndSeesItInTheHistory() {
        String caseNumber = verifiedPow(uniqueFamilyName(), "Євген", "OWN");
        signIn("caseworker");
        open("cases/list.xhtml");
        fill("Search", caseNumber);
        press("Search");
        clickLink(caseNumber);
        assertEquals("verified", driver.findElement(By.id("currentStatus")).getText());
        List<String> offered = new org.openqa.selenium.support.ui.Select(field("New status")).getOptions().stream()
                .map(WebElement::getText).toList();
        assertTrue(offered.stream().filter(o -> o.startsWith("repatriated") || o.startsWith("closed"))
                .allMatch(o -> o.endsWith("(needs a supervisor’s approval)")), offered.toString());

        choose("New status", "located *");
        press("Change status");
        assertEquals("Give the reason: this move needs one (a backward move, a skipped step, a death, closing or reopening).",
                messageFor("Reason"));
        choose("New status", "located *");
        fill("Reason", "the camp named in the ICRC notice was wrong");
        press("Change status");
        assertEquals("located", driver.findElement(By.id("currentStatus")).getText());
        assertTrue(driver.findElement(By.id("statusHistory")).getText()
                .startsWith("verified → located — caseworker"), driver.findElement(By.id("statusHistory")).getText());
        assertTrue(pageText().contains("the camp named in the ICRC notice was wrong"));
    }
}
