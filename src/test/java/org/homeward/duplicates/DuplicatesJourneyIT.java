package org.homeward.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A supervisor finds a pair in the duplicates queue, compares the two records side by side, merges them
 * after the confirmation, and the surviving case's page shows the status history of both.
 */
class DuplicatesJourneyIT extends BrowserTest {

    private String[] register(String familyName, String placeOfBirth) {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":"Остап","sex":"MALE",
                 "dateOfBirth":"1990-02-03","placeOfBirth":%s,"office":"KYIV"}""".formatted(Api.quote(familyName),
                Api.quote(placeOfBirth)));
        assertEquals(201, created.status(), created.body());
        return new String[] {String.valueOf(created.json().getJsonNumber("id").longValue()),
                created.json().getString("caseNumber")};
    }

    private void locate(String personId, String reason) {
        Api.Answer moved = Api.at(base).as("caseworker").post("api/v1/persons/" + personId + "/transitions",
                "{\"to\":\"LOCATED\",\"reason\":" + Api.quote(reason) + "}");
        assertEquals(201, moved.status(), moved.body());
    }

    @Test
    void aSupervisorMergesAPairAndTheCasePageShowsBothHistories() {
        StringBuilder family = new StringBuilder("Злиття");
        for (int i = 0; i < 8; i++) {
            family.append("абвгдежзиклмнопрстуф".charAt(ThreadLocalRandom.current().nextInt(20)));
        }
        String[] first = register(family.toString(), "Київ");
        String[] second = register(family.toString(), "Житомир");
        locate(first[0], "ICRC visit to the camp in March");
        locate(second[0], "listed by the other side in April");
        JsonArray pairs = Api.at(base).as("supervisor").get("api/v1/duplicates?person=" + first[0]).json().getJsonArray("items");
        assertEquals(1, pairs.size(), pairs.toString());
        long pairId = pairs.getJsonObject(0).getJsonNumber("id").longValue();

        signIn("supervisor");
        assertTrue(menu().contains("Duplicates"), menu().toString());
        clickLink("Duplicates");
        assertEquals("Possible duplicates", heading());
        open("duplicates/pair.xhtml?id=" + pairId);
        assertEquals("Possible duplicate", heading());
        String placeRow = driver.findElement(By.xpath("//table[@id='comparison']//tr[th[contains(., 'Place of birth')]]")).getText();
        assertTrue(placeRow.contains("differs") && placeRow.contains("Київ") && placeRow.contains("Житомир"), placeRow);
        assertTrue(driver.findElement(By.xpath("//table[@id='comparison']//tr[th[contains(., 'Family name')]]")).getText()
                .contains(family), "the same family name is shown, unmarked");

        toggle(first[1]);
        toggle("Житомир (" + second[1] + ")");
        press("Merge…");
        assertEquals(second[1] + " will be closed as a duplicate of " + first[1]
                + ", and everything recorded on it moves to " + first[1] + ". This cannot be undone.",
                driver.findElement(By.id("mergePlan")).getText());
        press("Merge");

        assertTrue(pageText().contains(second[1] + " was merged into " + first[1] + "."), pageText());
        String history = driver.findElement(By.id("statusHistory")).getText();
        assertTrue(history.contains("ICRC visit to the camp in March"), history);
        assertTrue(history.contains("listed by the other side in April"), "the merged record's history: " + history);
        assertTrue(pageText().contains("Житомир"), "the place of birth chosen from the other record");

        open("cases/case.xhtml?id=" + second[0]);
        assertEquals("closed", driver.findElement(By.id("currentStatus")).getText());
        assertTrue(driver.findElement(By.id("statusHistory")).getText().contains("Duplicate of " + first[1]),
                driver.findElement(By.id("statusHistory")).getText());
    }

    @Test
    void aSupervisorStartsTheRegistryScanAndFollowsItsProgress() {
        signIn("hq");
        open("duplicates/index.xhtml");
        press("Scan the registry");
        assertTrue(pageText().contains("The scan has started."), pageText());
        String progress = driver.findElement(By.id("scanProgress")).getText();
        assertTrue(progress.matches("(Running|Done|Cancelled): [\\d,]+ of [\\d,]+ records read, [\\d,]+ pairs added to the queue\\."),
                progress);
    }
}
