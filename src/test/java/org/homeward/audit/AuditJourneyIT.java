package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.homeward.testing.DirectDatabase;
import org.homeward.testing.SecondAdministrator;
import org.homeward.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The audit trail in the browser: a caseworker's edit seen field by field by the supervisor, the
 * caseworker's look at the case seen by the auditor, and the auditor's verification of the chain,
 * before and after a row is altered in the database; the auditor's reading of a case's history with the
 * personal values hidden, and their reveal with a reason, which the access log then shows.
 */
class AuditJourneyIT extends BrowserTest {

    @Test
    void theAuditorSeesEveryRoleGrantWhoAskedAndWhoConfirmedIt() {
        String username = Unique.username("granted");
        Api.Answer created = Api.at(base).as("admin").post("api/v1/users", """
                {"username":%s,"displayName":"Granted","office":"KYIV","roles":["SUPERVISOR"],
                 "temporaryPassword":"a-long-temporary-passphrase"}""".formatted(Api.quote(username)));
        assertEquals(201, created.status(), created.body());
        SecondAdministrator.confirmRolesOf(base, username);

        signIn("auditor");
        open("audit/search.xhtml");
        press("Show role grants");
        WebElement row = driver.findElement(By.xpath("//tbody[@id='grantsForm:grants_data']/tr[td[normalize-space(.)='"
                + username + "']]"));
        String text = row.getText();
        assertTrue(text.contains("Supervisor") && text.contains("confirmed") && text.contains("admin2")
                && text.contains(" admin "), text);
    }

    @Test
    void theSupervisorSeesTheEditTheAuditorSeesTheOpeningAndTheVerificationNamesATamperedRow() {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":"Лисенко","givenName":"Олексій","sex":"MALE","office":"KYIV"}""");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String caseNumber = created.json().getString("caseNumber");

        signIn("caseworker");
        open("cases/case.xhtml?id=" + id);
        clickLink("Edit");
        fill("Given name", "Олексій Петрович");
        press("Save");
        assertTrue(pageText().contains("saved"), pageText());
        signOut();
        assertEquals(201, Api.at(base).as("caseworker").post("api/v1/persons/" + id + "/transitions",
                "{\"to\":\"LOCATED\",\"reason\":\"ICRC visit\"}").status());

        signIn("supervisor");
        open("cases/case.xhtml?id=" + id);
        clickLink("History");
        String changes = driver.findElement(By.id("changes")).getText();
        assertTrue(changes.contains("record · changed — caseworker"), changes);
        assertTrue(changes.contains("Given name: Олексій → Олексій Петрович"), changes);
        // Choices in words, no bookkeeping fields, no internal ids.
        assertTrue(changes.contains("Category: — → Prisoner of war"), changes);
        assertTrue(changes.contains("status: — → located"), changes);
        for (String technical : new String[] {"updatedAt", "registeredAt", "→ LOCATED", "→ POW\n", "→ false", "→ true"}) {
            assertTrue(!changes.contains(technical), technical + " shows in the history: " + changes);
        }
        clickAndWait(driver.findElement(By.id("headerForm:languageSwitch")));
        String ukrainian = driver.findElement(By.id("changes")).getText();
        assertTrue(ukrainian.contains("Категорія: — → Військовополонений"), ukrainian);
        assertTrue(ukrainian.contains("статус: — → місцеперебування відоме"), ukrainian);
        clickAndWait(driver.findElement(By.id("headerForm:languageSwitch")));
        signOut();

        signIn("auditor");
        open("audit/search.xhtml");
        fill("Case number", caseNumber);
        press("Search");
        String accessLog = driver.findElement(By.id("auditForm:accessLog")).getText();
        assertTrue(accessLog.contains("caseworker") && accessLog.contains("opened the record"), accessLog);
        assertTrue(accessLog.contains(caseNumber), "the auditor reads the case number, not the record's id: " + accessLog);
        String revisions = driver.findElement(By.id("auditForm:revisions")).getText();
        assertTrue(revisions.contains("caseworker"), "the edit's revision is among the case's changes: " + revisions);
        assertTrue(!revisions.contains("ICRC visit") && revisions.contains("•••"),
                "the reason typed for the status change is hidden like the values: " + revisions);
        press("Verify the audit chain");
        String verdict = driver.findElement(By.id("verdict")).getText();
        assertTrue(verdict.startsWith("The audit chain is intact"), verdict);

        String revision = DirectDatabase.text("select max(rev) from person_aud where id = ?", id);
        try {
            DirectDatabase.execute("update person_aud set given_name = ? where id = ? and rev = ?", "Іван", id,
                    Long.parseLong(revision));
            press("Verify the audit chain");
            verdict = driver.findElement(By.id("verdict")).getText();
            assertEquals("The audit chain is broken: changes (audit revisions), position "
                    + DirectDatabase.text("select seal_seq from audit_revision where id = ?", Long.parseLong(revision))
                    + ", entry " + revision + ": its content was changed after it was sealed.", verdict);
        } finally {
            DirectDatabase.execute("update person_aud set given_name = ? where id = ? and rev = ?", "Олексій Петрович", id,
                    Long.parseLong(revision));
        }
        press("Verify the audit chain");
        assertTrue(driver.findElement(By.id("verdict")).getText().startsWith("The audit chain is intact"));
    }

    @Test
    void theAuditorSeesWhichFieldsChangedAndRevealsTheValuesOnlyWithAReasonThatIsOnFile() {
        Api caseworker = Api.at(base).as("caseworker");
        Api.Answer created = caseworker.post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":"Мельник","givenName":"Марія","sex":"FEMALE","office":"KYIV"}""");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String caseNumber = created.json().getString("caseNumber");
        assertEquals(200, caseworker.put("api/v1/persons/" + id, """
                {"category":"POW","side":"OWN","familyName":"Мельник","givenName":"Марія Іванівна","sex":"FEMALE",
                 "office":"KYIV","version":0}""").status());
        assertEquals(201, caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":\"Sister phoned from Dnipro\"}").status());

        signIn("auditor");
        open("history/case.xhtml?id=" + id);
        String masked = driver.findElement(By.id("changes")).getText();
        assertTrue(masked.contains("record · changed — caseworker"), masked);
        assertTrue(masked.contains("Given name: (hidden) → (hidden)"), masked);
        assertTrue(masked.contains("text: — → (hidden)"), masked);
        assertTrue(masked.contains("Category: — → Prisoner of war"), "what is no one's personal data shows: " + masked);
        for (String personal : new String[] {"Марія", "Мельник", "Sister phoned"}) {
            assertTrue(!pageText().contains(personal), personal + " shows to the auditor: " + pageText());
        }
        clickAndWait(driver.findElement(By.id("headerForm:languageSwitch")));
        String ukrainian = driver.findElement(By.id("changes")).getText();
        assertTrue(ukrainian.contains("(приховано) → (приховано)"), ukrainian);
        assertTrue(pageText().contains("Показати значення"), pageText());
        assertAccessible();
        clickAndWait(driver.findElement(By.id("headerForm:languageSwitch")));

        press("Reveal values");
        WebElement dialog = driver.findElement(By.id("revealDialog"));
        assertTrue(dialog.isDisplayed());
        assertTrue(dialog.getText().contains("Your reason and your name go into the access log"), dialog.getText());
        assertAccessible();
        press("Reveal and log my reason");
        assertEquals("Say why you need to see the values.", messageFor("Reason"));
        assertTrue(!pageText().contains("Марія"), "no values without a reason");

        fill("Reason", "Complaint 2026-118 from the family");
        press("Reveal and log my reason");
        assertTrue(driver.findElements(By.id("revealDialog")).isEmpty(), "the dialog closed");
        String revealed = driver.findElement(By.id("changes")).getText();
        assertTrue(revealed.contains("Given name: Марія → Марія Іванівна"), revealed);
        assertTrue(revealed.contains("text: — → Sister phoned from Dnipro"), revealed);
        assertTrue(pageText().contains("The values are shown for this view; your reason is on file in the access log."), pageText());

        open("audit/search.xhtml");
        fill("Case number", caseNumber);
        press("Search");
        String accessLog = driver.findElement(By.id("auditForm:accessLog")).getText();
        assertTrue(accessLog.contains("revealed the history's values") && accessLog.contains("Complaint 2026-118 from the family"),
                accessLog);
        open("history/case.xhtml?id=" + id);
        assertTrue(driver.findElement(By.id("changes")).getText().contains("Given name: (hidden) → (hidden)"),
                "hidden again on the next reading");
    }
}
