package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.homeward.testing.DirectDatabase;
import org.homeward.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Partner organisations in the browser: the administrator registers one and names the partner user who
 * speaks for it; the head office's supervisor records its agreement, is told what is wrong with a bad
 * one, and ends it after confirming; an office's supervisor only reads; the administrator then removes the
 * partner user, after confirming; every change is in the audit trail.
 */
class PartnerJourneyIT extends BrowserTest {

    @Test
    void anAdministratorRegistersAnOrganisationAndTheHeadOfficeRecordsAndEndsItsAgreementThenItsUserIsRemoved() {
        String username = Unique.username("ngo");
        assertEquals(201, Api.at(base).as("admin").post("api/v1/users", """
                {"username":%s,"displayName":"Громадська організація","office":"HQ","roles":["PARTNER"],
                 "temporaryPassword":"a-long-temporary-passphrase"}""".formatted(Api.quote(username))).status());
        String name = "Правозахисна група " + username;
        String reference = "AGR-" + username.toUpperCase(java.util.Locale.ROOT);

        signIn("admin");
        open("partners/index.xhtml");
        assertEquals("Partner organisations and agreements", heading());
        press("New organisation");
        press("Save");
        assertEquals("Give the organisation's name.", messageFor("Name"));
        fill("Name", name);
        fill("Country", "UA");
        fill("Contact", "office@example.org");
        press("Save");
        assertTrue(pageText().contains("Organisation " + name + " registered."), pageText());
        assertEquals(name, driver.findElement(By.id("selectedHeading")).getText());
        choose("Partner user", username);
        press("Add user");
        assertTrue(pageText().contains(username + " now speaks for " + name + "."), pageText());
        assertTrue(row(name).getText().contains(username), row(name).getText());
        assertTrue(driver.findElements(By.xpath("//button[normalize-space(.)='New agreement']")).isEmpty(),
                "agreements are not the administrator's to record");
        signOut();

        signIn("supervisor");
        open("exports/index.xhtml");
        clickLink("Partner organisations and their agreements");
        pressIn(row(name), "Open");
        assertTrue(driver.findElements(By.xpath("//button[normalize-space(.)='New agreement']")).isEmpty(),
                "an office's supervisor reads the agreements and keeps none");
        signOut();

        signIn("hq");
        open("partners/index.xhtml");
        pressIn(row(name), "Open");
        press("New agreement");
        fill("Reference", reference);
        fill("Valid from", "2026-13-01");
        fill("Valid to", "2025-12-31");
        press("Save");
        assertTrue(messageFor("Valid from").contains("Not a date: \"2026-13-01\""), messageFor("Valid from"));
        assertEquals("Grant at least one profile.", messageFor("Profiles granted"));
        assertEquals("Cover at least one category.", messageFor("Categories covered"));

        fill("Valid from", "2026-01-01");
        fill("Valid to", "2025-12-31");
        toggle("Aggregate counts");
        toggle("Child");
        press("Save");
        assertEquals("An agreement cannot end before it begins.", messageFor("Valid to"));

        fill("Valid to", "2099-12-31");
        toggle("Kyiv regional office (KYIV)");
        press("Save");
        assertTrue(pageText().contains("Agreement " + reference + " recorded."), pageText());
        WebElement agreement = agreementRow(reference);
        assertTrue(agreement.getText().contains("2026-01-01 – 2099-12-31"), agreement.getText());
        assertTrue(agreement.getText().contains("KYIV"), agreement.getText());

        agreement.findElement(By.xpath(".//button[normalize-space(.)='End agreement']")).click();
        WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(dialog.getText().contains("This cannot be undone"), dialog.getText());
        press("Yes, end it");
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        assertTrue(pageText().contains("Agreement " + reference + " ended: it held until " + yesterday + "."), pageText());
        assertTrue(agreementRow(reference).getText().contains("2026-01-01 – " + yesterday), agreementRow(reference).getText());
        assertFalse(agreementRow(reference).getText().contains("End agreement"), "an ended agreement cannot be ended again");
        signOut();

        JsonObject recorded = Api.at(base).as("hq").get("api/v1/partners").array().stream().map(o -> o.asJsonObject())
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals(1, recorded.getJsonArray("members").size());
        JsonObject ended = recorded.getJsonArray("agreements").getJsonObject(0);
        assertEquals(yesterday.toString(), ended.getString("validTo"));
        assertFalse(ended.getBoolean("valid"));

        long agreementId = ended.getJsonNumber("id").longValue();
        assertEquals("2", DirectDatabase.text("select count(*) from partner_agreement_aud where id = ?", agreementId),
                "recorded and ended: two revisions");
        assertEquals("hq", DirectDatabase.text("select r.username from partner_agreement_aud a join audit_revision r on r.id = a.rev"
                + " where a.id = ? and r.reason = 'data-sharing agreement ended'", agreementId));
        assertEquals("admin", DirectDatabase.text("select r.username from partner_organisation_aud a join audit_revision r"
                + " on r.id = a.rev where a.id = ? and a.revtype = 0", recorded.getJsonNumber("id").longValue()));

        signIn("admin");
        open("partners/index.xhtml");
        pressIn(row(name), "Open");
        assertAccessible();
        driver.findElement(By.xpath("//button[@aria-label=" + xpathLiteral("Remove " + username) + "]")).click();
        WebElement confirm = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(confirm.getText().contains("can neither export nor download"), confirm.getText());
        press("Yes, remove");
        assertTrue(pageText().contains(username + " no longer speaks for " + name + "."), pageText());
        assertTrue(pageText().contains("No user speaks for it yet."), pageText());
        // The organisation's name holds the username too: the members' cell alone.
        WebElement membersCell = row(name).findElement(By.xpath("./td[4]"));
        assertEquals("", membersCell.getText().strip(), row(name).getText());
        signOut();

        JsonObject after = Api.at(base).as("admin").get("api/v1/partners/" + recorded.getJsonNumber("id").longValue()).json();
        assertEquals(0, after.getJsonArray("members").size());
        assertEquals("admin", DirectDatabase.text("select r.username from partner_member_aud m join audit_revision r on r.id = m.rev"
                + " join app_user u on u.id = m.user_id where u.username = ? and m.revtype = 2 and r.reason = 'partner member removed'",
                username));
    }

    /** The row of the chosen organisation's agreements table with this reference. */
    private WebElement agreementRow(String reference) {
        return driver.findElement(By.id("agreementsForm:agreementsTable"))
                .findElement(By.xpath(".//tr[td[normalize-space(.)=" + xpathLiteral(reference) + "]]"));
    }

    /** The table row that holds this text in one of its cells. */
    private WebElement row(String text) {
        return driver.findElement(By.xpath("//tr[td[normalize-space(.)=" + xpathLiteral(text) + "]]"));
    }
}
