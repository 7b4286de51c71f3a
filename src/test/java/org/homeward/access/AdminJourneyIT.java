package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.homeward.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator managing accounts and offices, and what happens to bad input in their forms. */
class AdminJourneyIT extends BrowserTest {

    private static final String CORRECT_FIELDS = "Please correct the marked fields.";

    private void startNewUser() {
        signIn("admin");
        open("admin/users.xhtml");
        clickLink("New user");
        assertEquals("New user", heading());
    }

    private boolean userExists(String username) {
        return Api.at(base).as("admin").get("api/v1/users").array().stream()
                .anyMatch(u -> u.asJsonObject().getString("username").equals(username));
    }

    /** Presses Confirm on the user's pending grant and answers yes in the dialog that asks first. */
    private void confirmGrantOf(String username) {
        driver.findElement(By.xpath("//button[@aria-label=" + xpathLiteral("Confirm " + username + " Caseworker") + "]")).click();
        WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(dialog.getText().contains("Give this user the role?"), dialog.getText());
        assertAccessible();
        press("Yes, decide");
    }

    @Test
    void aNewUserSignsInAndMustChooseTheirOwnPassword() {
        String username = Unique.username("new");
        startNewUser();
        fill("Username", username);
        fill("Name", "Олена Шевчук");
        choose("Office", "Kharkiv regional office (KHARKIV)");
        toggle("Caseworker");
        fill("Temporary password", "a-temporary-passphrase");
        press("Save");

        assertEquals("User account", heading());
        assertTrue(pageText().contains("Account " + username + " created."));
        assertTrue(pageText().contains("Waiting for a second administrator to confirm: Caseworker."), pageText());
        assertTrue(driver.findElement(By.id("accountStatus")).getText().contains("Must change password"));
        open("admin/users.xhtml");
        WebElement own = driver.findElement(By.xpath("//tbody[@id='grantsForm:grants_data']/tr[td//a[normalize-space(.)='"
                + username + "']]"));
        assertTrue(own.getText().contains("Caseworker") && own.getText().contains("admin"), own.getText());
        confirmGrantOf(username);
        assertTrue(pageText().contains("You asked for this role yourself: a second administrator must confirm it."),
                pageText());
        signOut();

        signIn("admin2");
        open("admin/users.xhtml");
        confirmGrantOf(username);
        assertTrue(pageText().contains("Confirmed: " + username + " now has the role Caseworker."), pageText());
        assertTrue(driver.findElements(By.xpath("//tbody[@id='grantsForm:grants_data']//a[normalize-space(.)='"
                + username + "']")).isEmpty(), "no longer pending");
        WebElement account = driver.findElement(By.xpath("//tbody[@id='usersTableForm:usersTable_data']/tr[td//a[normalize-space(.)='"
                + username + "']]"));
        assertTrue(account.getText().contains("Caseworker"), account.getText());
        signOut();

        signIn(username, "a-temporary-passphrase");
        assertEquals("/account/password.xhtml", path());
        assertTrue(pageText().contains("You signed in with a temporary password."));
        open("index.xhtml");
        assertEquals("/account/password.xhtml", path(), "nothing else until the password is changed");

        fill("Current password", "a-temporary-passphrase");
        fill("New password", "password1234");
        fill("New password again", "password1234");
        press("Change password");
        assertTrue(messageFor("New password").contains("known from data breaches"));

        fill("Current password", "a-temporary-passphrase");
        fill("New password", "sunflowers over kharkiv");
        fill("New password again", "sunflowers over kharkiv");
        press("Change password");
        waitForPage();

        assertEquals("Home", heading());
        assertTrue(pageText().contains("Your password has been changed."));
        assertTrue(driver.findElement(By.id("welcome")).getText().contains("Олена Шевчук"));
        assertEquals(List.of("Home", "Cases", "My work", "Rounds", "Imports", "Change password"), menu());
    }

    @Test
    void badInputInTheUserFormIsNamedAtItsFieldAndNothingIsSaved() {
        String tenThousand = "a".repeat(10_000);
        startNewUser();
        fill("Username", tenThousand);
        fill("Name", tenThousand);
        fill("Temporary password", "short");
        press("Save");

        assertTrue(pageText().contains(CORRECT_FIELDS));
        assertEquals("The username must have 2 to 64 characters.", messageFor("Username"));
        assertTrue(messageFor("Name").contains("too long"));
        assertEquals("Choose an office.", messageFor("Office"));
        assertEquals("Choose at least one role.", messageFor("Roles"));
        assertTrue(messageFor("Temporary password").contains("at least 12 characters"));
        assertFalse(pageText().contains("Exception"));

        for (String username : List.of("o'brien; drop table app_user; --", "<script>alert(1)</script>", "олена", "olena🌻")) {
            fill("Username", username);
            fill("Name", "Valid name");
            press("Save");
            assertTrue(messageFor("Username").startsWith("The username may contain only"), username);
            assertFalse(userExists(username), username);
        }
        assertFalse(userExists(tenThousand.substring(0, 64)));
    }

    @Test
    void namesInAnyScriptAndMarkupAreStoredAsTypedAndShownAsText() {
        String username = Unique.username("markup");
        String name = "<script>alert('x')</script> Олена 🌻 O'Brien & \"Sons\"";
        startNewUser();
        fill("Username", username);
        fill("Name", name);
        choose("Office", "Kyiv regional office (KYIV)");
        toggle("Auditor");
        fill("Temporary password", "a-temporary-passphrase");
        press("Save");

        assertEquals("User account", heading());
        open("admin/users.xhtml");
        WebElement row = driver.findElement(By.xpath("//tbody[@id='usersTableForm:usersTable_data']/tr[td//a[normalize-space(.)='"
                + username + "']]"));
        assertTrue(row.getText().contains(name), row.getText());
        assertEquals(name, Api.at(base).as("admin").get("api/v1/users").array().stream()
                .map(u -> u.asJsonObject()).filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow().getString("displayName"));
        assertTrue(driver.findElements(By.xpath("//script[contains(., \"alert('x')\")]")).isEmpty(),
                "the markup was not turned into a script element");
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedWithWhoAndWhen() {
        String username = Unique.username("conflict");
        Api admin = Api.at(base).as("admin");
        long id = admin.post("api/v1/users", """
                {"username":%s,"displayName":"First","office":"KYIV","roles":["CASEWORKER"],
                 "temporaryPassword":"a-temporary-passphrase"}""".formatted(Api.quote(username)))
                .json().getJsonNumber("id").longValue();
        signIn("admin");
        open("admin/user.xhtml?id=" + id);

        admin.put("api/v1/users/" + id, """
                {"displayName":"Changed meanwhile","office":"KYIV","roles":["CASEWORKER"],"version":0}""");
        fill("Name", "Mine");
        press("Save");

        assertTrue(pageText().contains("changed by admin at "), pageText());
        assertEquals("Changed meanwhile", admin.get("api/v1/users/" + id).json().getString("displayName"));
    }

    @Test
    void officesAreCreatedAndRenamedAndBadCodesRefused() {
        String code = Unique.officeCode();
        signIn("admin");
        open("admin/offices.xhtml");

        fill("Code", "X".repeat(10_000));
        fill("Name", "Odesa regional office");
        press("Create office");
        assertEquals("The code must have 2 to 20 characters.", messageFor("Code"));
        for (String bad : List.of("одеса", "ODESA🌻", "X';DROP--", "<B>")) {
            fill("Code", bad);
            fill("Name", "Odesa regional office");
            press("Create office");
            assertTrue(messageFor("Code").startsWith("The code may contain only"), bad);
        }
        fill("Code", code);
        fill("Name", "Одеський офіс <i>test</i>");
        press("Create office");

        assertTrue(pageText().contains("Office " + code + " created."));
        WebElement row = driver.findElement(By.xpath("//tr[td[normalize-space(.)='" + code + "']]"));
        assertTrue(row.getText().contains("Одеський офіс <i>test</i>"));

        clickAndWait(row.findElement(By.xpath(".//button")));
        WebElement renameName = driver.findElement(By.id("renameForm:name"));
        renameName.clear();
        renameName.sendKeys("Odesa regional office");
        press("Save");
        assertTrue(pageText().contains("Office " + code + " renamed."));
        assertTrue(driver.findElement(By.xpath("//tr[td[normalize-space(.)='" + code + "']]")).getText()
                .contains("Odesa regional office"));
    }
}
