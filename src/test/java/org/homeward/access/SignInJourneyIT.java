package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.homeward.testing.DirectDatabase;
import org.homeward.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** People signing in and out, in both languages, each seeing what their roles allow. */
class SignInJourneyIT extends BrowserTest {

    private static final String FAILED = "Sign-in failed. Check your username and password.";

    @Test
    void eachRoleSignsInAndSeesItsMenu() {
        Map<String, List<String>> menus = Map.of(
                "caseworker", List.of("Home", "Cases", "My work", "Rounds", "Imports", "Change password"),
                "caseworker2", List.of("Home", "Cases", "My work", "Rounds", "Imports", "Change password"),
                "supervisor", List.of("Home", "Cases", "My work", "Rounds", "Staff", "Exports", "Duplicates", "Imports", "Change password"),
                "hq", List.of("Home", "Cases", "My work", "Rounds", "Staff", "Exports", "Duplicates", "Imports", "Change password"),
                "auditor", List.of("Home", "Audit", "Change password"),
                "admin", List.of("Home", "Users", "Offices", "Partner organisations", "Change password"));
        Map<String, String> offices = Map.of("caseworker", "KYIV", "caseworker2", "KHARKIV", "supervisor", "KYIV",
                "hq", "HQ", "partner", "HQ", "auditor", "HQ", "admin", "HQ");

        menus.forEach((user, expectedMenu) -> {
            signIn(user);
            assertEquals("Home", heading(), user);
            assertEquals(expectedMenu, menu(), user);
            assertTrue(driver.findElement(By.id("office")).getText().contains("(" + offices.get(user) + ")"), user);
            assertTrue(driver.findElement(By.id("currentUser")).getText().contains("(" + user + ")"), user);
            signOut();
            assertEquals("/login.xhtml", path());
            assertTrue(pageText().contains("You have signed out."));
        });
    }

    @Test
    void everyMenuEntryIsReachedWithTabAndShowsItHasTheFocus() {
        signIn("supervisor");
        List<String> entries = menu();
        Set<String> reached = new LinkedHashSet<>();

        for (int i = 0; i < 20 && !reached.containsAll(entries); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            String outline = (String) ((JavascriptExecutor) driver).executeScript(
                    "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", focused);
            assertFalse(outline.startsWith("none") || outline.endsWith(" 0px"), "focus shown on " + focused.getText() + ": " + outline);
            reached.add(focused.getText().strip());
        }

        assertTrue(reached.containsAll(entries), "reached with Tab: " + reached + ", menu: " + entries);
    }

    @Test
    void aPartnerSignsInToExportsAndSeesNothingElse() {
        signIn("partner");
        assertEquals("Exports", heading());
        assertEquals(List.of("Exports", "Change password"), menu());
        assertTrue(driver.findElement(By.id("currentUser")).getText().contains("(partner)"));
        signOut();
    }

    @Test
    void wrongPasswordIsRefusedWithOneMessage() {
        signIn("caseworker", "not-my-password");

        assertEquals("/login.xhtml", path());
        assertTrue(pageText().contains(FAILED));
        signIn("no-such-user-" + System.nanoTime(), "not-my-password");
        assertTrue(pageText().contains(FAILED), "the same message whether or not the user exists");
    }

    @Test
    void repeatedFailuresMakeTheAddressWaitAndSayHowLongWithoutLockingTheAccount() {
        String username = Unique.username("browser-wait");
        Api admin = Api.at(base).as("admin");
        long id = admin.post("api/v1/users", """
                {"username":%s,"displayName":"Wait test","office":"KYIV","roles":["AUDITOR"],
                 "temporaryPassword":"a-long-temporary-passphrase"}""".formatted(Api.quote(username)))
                .json().getJsonNumber("id").longValue();
        try {
            for (int attempt = 1; attempt <= 6; attempt++) {
                signIn(username, "wrong-guess-" + attempt);
                assertTrue(pageText().contains(FAILED));
            }
            // A browser takes longer between tries than the first waits last (1 s, 2 s ...): the wait the
            // address earned after several more failures is set here instead of typed out.
            assertEquals(1, DirectDatabase.execute("update sign_in_throttle set failures = 12, blocked_until = ?",
                    java.time.OffsetDateTime.now().plusMinutes(1)));
            signIn(username, "a-long-temporary-passphrase");

            assertEquals("/login.xhtml", path());
            assertTrue(pageText().contains("Too many failed sign-ins from your address. Try again in"), pageText());
            assertFalse(admin.get("api/v1/users/" + id).json().containsKey("lockedUntil"), "the account is not locked");
        } finally {
            // The browser signs in from this machine's address, as every other test does.
            DirectDatabase.execute("delete from sign_in_throttle");
        }
    }

    @Test
    void signingInBeginsTheSessionAndReturnsToThePageAskedFor() {
        open("admin/users.xhtml");
        assertEquals("/login.xhtml", path());
        // No session before signing in (a session planted by someone else is replaced at sign-in).
        assertNull(driver.manage().getCookieNamed("HOMEWARD_SESSION"));

        field("Username").sendKeys("admin");
        field("Password").sendKeys(Api.DEMO_PASSWORD);
        press("Sign in");

        assertEquals("/admin/users.xhtml", path());
        Cookie after = driver.manage().getCookieNamed("HOMEWARD_SESSION");
        assertNotNull(after);
        assertTrue(after.isHttpOnly());
        assertEquals("Strict", after.getSameSite());
    }

    @Test
    void aCaseworkerIsRefusedTheAdministrationPages() {
        signIn("caseworker");
        open("admin/users.xhtml");

        assertEquals("Not allowed", heading());
        assertFalse(pageText().contains("Exception"));
    }

    @Test
    void switchesBetweenEnglishAndUkrainian() {
        signIn("supervisor");
        clickLink("Українська");

        assertEquals("Головна", heading());
        assertEquals(List.of("Головна", "Справи", "Моя робота", "Раунди", "Працівники", "Експорт", "Дублікати", "Імпорт", "Змінити пароль"), menu());
        assertEquals("uk", driver.findElement(By.tagName("html")).getAttribute("lang"));

        clickLink("Працівники");
        assertEquals("Працівники", heading(), "the language stays while moving around");

        clickLink("English");
        assertEquals("Staff", heading());
    }

    @Test
    void theSignInPageIsUsableWithTheKeyboardAlone() {
        open("login.xhtml");
        field("Username").sendKeys("caseworker");
        field("Username").sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Api.DEMO_PASSWORD);
        actAndWait(() -> driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER));

        assertEquals("Home", heading());
    }
}
