package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.matching.UkrainianTransliteration;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Caseworkers registering, finding and revising people in the browser. */
class CaseJourneyIT extends BrowserTest {

    private static String uniqueFamilyName() {
        String letters = "бвгджзклмнпрстфхцчш";
        StringBuilder name = new StringBuilder("Коваль");
        for (int i = 0; i < 6; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
            name.append("аеиоуі".charAt(ThreadLocalRandom.current().nextInt(6)));
        }
        return name.append("чук").toString();
    }

    /** Registers a prisoner of war through the form and returns to the case page. */
    private void registerPow(String familyName) {
        open("cases/list.xhtml");
        clickLink("Register: Prisoner of war");
        assertEquals("Register · Prisoner of war", heading());
        fill("Family name", familyName);
        fill("Given name", "Олексій");
        fill("Patronymic", "Петрович");
        choose("Sex", "male");
        fill("Date of birth", "1998-04-12");
        choose("Date of birth known to", "the day");
        fill("Rank", "старший солдат");
        choose("What happened", "captured");
        fill("Date", "2022-05-20");
        fill("Place", "Mariupol");
        press("Register");
    }

    @Test
    void aCaseworkerRegistersAPrisonerOfWarAndFindsHimByTheLatinSpelling() {
        String familyName = uniqueFamilyName();
        String latin = UkrainianTransliteration.latin(familyName);
        signIn("caseworker");
        registerPow(familyName);

        assertTrue(heading().matches("POW-\\d{4}-\\d{6} · " + familyName + " Олексій"), heading());
        assertTrue(pageText().contains("registered."));
        assertEquals(latin + " Oleksii Petrovych", driver.findElement(By.id("view-transliterations")).getText());
        assertEquals("reported", driver.findElement(By.id("caseStatus")).getText());
        String caseNumber = heading().substring(0, heading().indexOf(' '));

        open("cases/list.xhtml");
        fill("Search", latin.toLowerCase());
        press("Search");
        assertTrue(driver.findElement(By.id("searchForm:casesTable")).getText().contains(caseNumber));
        clickLink(caseNumber);
        assertEquals(caseNumber, heading().substring(0, heading().indexOf(' ')));
    }

    @Test
    void aChildLinkedToTheMothersRecordAndBack() {
        signIn("caseworker");
        open("cases/edit.xhtml?category=CIVILIAN");
        fill("Family name", "Ткачук");
        fill("Given name", "Оксана");
        choose("Sex", "female");
        press("Register");
        String motherCase = heading().substring(0, heading().indexOf(' '));

        open("cases/edit.xhtml?category=CHILD");
        fill("Family name", "Ткачук");
        fill("Given name", "Софія");
        choose("Sex", "female");
        fill("Date of birth", "2016-03-08");
        choose("What happened", "deported");
        fill("Date", "2022-04-10");
        press("Register");
        String childCase = heading().substring(0, heading().indexOf(' '));

        choose("Relation", "mother");
        fill("Case number of the relative", motherCase);
        fill("Contact details", "+380 44 000 0000");
        press("Add relative");
        assertTrue(driver.findElement(By.id("relatives")).getText().contains("child of: " + motherCase + " Ткачук Оксана"));

        clickLink(motherCase + " Ткачук Оксана");
        assertEquals(motherCase, heading().substring(0, heading().indexOf(' ')));
        assertTrue(driver.findElement(By.id("relatives")).getText().contains("mother of: " + childCase + " Ткачук Софія"));

        clickLink(childCase + " Ткачук Софія");
        assertEquals(childCase, heading().substring(0, heading().indexOf(' ')));
    }

    /** What the summary at the top of the case page says under a label. */
    private String summary(String label) {
        return driver.findElement(By.xpath("//dl[@id='caseSummary']//dt[normalize-space(.)=" + xpathLiteral(label)
                + "]/following-sibling::dd")).getText();
    }

    @Test
    void theCasePageOpensWithASummaryAndItsSectionsAreReachedByKeyboard() {
        String familyName = uniqueFamilyName();
        signIn("caseworker");
        registerPow(familyName);
        String caseNumber = heading().substring(0, heading().indexOf(' '));

        assertEquals(caseNumber, summary("Case number"));
        assertEquals(familyName + " Олексій Петрович", summary("Name"));
        assertEquals(UkrainianTransliteration.latin(familyName) + " Oleksii Petrovych", summary("In Latin"));
        assertEquals("Prisoner of war", summary("Category"));
        assertTrue(summary("Status").startsWith("reported since "), summary("Status"));
        assertEquals("KYIV", summary("Office"));
        assertEquals("0", summary("Open tasks"));

        WebElement sections = driver.findElement(By.cssSelector("nav[aria-label='Sections of the case']"));
        assertTrue(sections.getText().contains("Military service"), "a prisoner of war's case has military service");
        assertFalse(sections.getText().contains("Child"), "and no child details");
        // From the summary, Tab walks into the section list; Enter on a section goes to it.
        clickAndWait(driver.findElement(By.id("caseSummary")));
        WebElement focused = null;
        for (int i = 0; i < 20; i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if ("Whereabouts".equals(focused.getText())) {
                break;
            }
        }
        assertEquals("Whereabouts", focused.getText(), "the section is reached by Tab");
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("#section-whereabouts"), driver.getCurrentUrl());
        assertEquals("Whereabouts", driver.findElement(By.cssSelector("#section-whereabouts h2")).getText());
    }

    @Test
    void aSectionIsEditedOnItsOwnSmallFormAndTheRestOfTheRecordStaysAsItWas() {
        String familyName = uniqueFamilyName();
        signIn("caseworker");
        registerPow(familyName);
        String caseNumber = heading().substring(0, heading().indexOf(' '));
        clickAndWait(driver.findElement(By.cssSelector("#section-whereabouts a.hw-section-edit")));
        assertEquals("Edit case " + caseNumber + " · Whereabouts", heading());
        assertTrue(driver.findElements(By.id("caseForm:office")).isEmpty(), "the small form holds its section only");
        assertTrue(driver.findElements(By.xpath("//label[normalize-space(.)='Family name*' or normalize-space(.)='Family name']"))
                .isEmpty(), "and no other section's fields");
        fill("Current location", "Taganrog SIZO-2");
        press("Save");
        assertEquals("Taganrog SIZO-2", driver.findElement(By.id("view-currentLocation")).getText());
        assertEquals(familyName + " Олексій Петрович", summary("Name"), "the other sections are as they were");
        assertEquals("Mariupol", driver.findElement(By.id("view-circumstancePlace")).getText());
    }

    @Test
    void registeringWithoutChoosingAnAssigneeMakesTheRegisteringCaseworkerTheAssignee() {
        signIn("caseworker");
        open("cases/list.xhtml");
        clickLink("Register: Prisoner of war");
        List<String> staff = new Select(field("Assigned caseworker")).getOptions().stream().map(WebElement::getText).toList();
        assertTrue(staff.stream().anyMatch(o -> o.endsWith("(caseworker)")), staff.toString());
        assertFalse(staff.stream().anyMatch(o -> o.endsWith("(caseworker2)")), "another office's caseworker is no choice: " + staff);

        registerPow(uniqueFamilyName());

        assertEquals("caseworker", summary("Assigned caseworker"));
    }

    @Test
    void aCaseworkerKeepsTheCaseInItsOfficeAndLeavesRestrictingToASupervisor() {
        signIn("caseworker");
        open("cases/list.xhtml");
        clickLink("Register: Prisoner of war");
        assertEquals(List.of("Kyiv regional office (KYIV)"), officeChoices(), "registering into their own office only");
        registerPow(uniqueFamilyName());
        String id = java.net.URI.create(driver.getCurrentUrl()).getQuery().replaceAll(".*\\bid=(\\d+).*", "$1");

        open("cases/edit.xhtml?id=" + id);
        assertEquals(List.of("Kyiv regional office (KYIV)"), officeChoices());
        WebElement restricted = driver.findElement(By.cssSelector("[id='caseForm:restricted'] input"));
        assertFalse(restricted.isEnabled(), "restricting is a supervisor's decision");
        assertTrue(pageText().contains("Only a supervisor marks a case restricted or not restricted."));
        signOut();

        signIn("supervisor");
        open("cases/edit.xhtml?id=" + id);
        assertTrue(officeChoices().size() > 1, officeChoices().toString());
        assertTrue(driver.findElement(By.cssSelector("[id='caseForm:restricted'] input")).isEnabled());
    }

    private List<String> officeChoices() {
        return new Select(field("Office")).getOptions().stream().map(WebElement::getText).toList();
    }

    @Test
    void aSourceJustAddedIsOfferedAsEvidenceForTheNextStatusMoveWithoutAReload() {
        signIn("caseworker");
        registerPow(uniqueFamilyName());
        Select evidence = new Select(driver.findElement(By.id("statusForm:source")));
        assertEquals(List.of("— none —"), evidence.getOptions().stream().map(WebElement::getText).toList());
        ((JavascriptExecutor) driver).executeScript("window.hwSamePage = true;");
        new Select(driver.findElement(By.id("sourceForm:kind"))).selectByVisibleText("ICRC notification");
        driver.findElement(By.id("sourceForm:receivedOn")).sendKeys("2026-03-02");
        new Select(driver.findElement(By.id("sourceForm:reliability"))).selectByVisibleText("confirmed");
        press("Add source");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("return window.hwSamePage === true;"),
                "the page was not loaded again");
        evidence = new Select(driver.findElement(By.id("statusForm:source")));
        assertEquals(List.of("— none —", "ICRC notification 2026-03-02"),
                evidence.getOptions().stream().map(WebElement::getText).toList());
    }

    @Test
    void notesAndTasksOnTheCasePageAndInMyWork() {
        signIn("caseworker");
        registerPow(uniqueFamilyName());
        fill("New note", "Mother called; she has a photo.");
        press("Add note");
        assertTrue(driver.findElement(By.id("notes")).getText().contains("caseworker"));
        assertTrue(driver.findElement(By.id("notes")).getText().contains("Mother called; she has a photo."));

        fill("Task", "Ask the ICRC about a visit");
        fill("Due on", java.time.LocalDate.now().minusDays(2).toString());
        press("Add task");
        assertTrue(driver.findElement(By.id("tasksForm:tasks")).getText().contains("overdue"));

        clickLink("My work");
        assertTrue(pageText().contains("Ask the ICRC about a visit"));
    }

    @Test
    void badInputIsNamedAtItsFieldAndNothingIsRegistered() {
        signIn("caseworker");
        open("cases/edit.xhtml?category=CHILD");
        fill("Family name", "<script>alert(1)</script>");
        choose("Sex", "female");
        fill("Date of birth", "1990-01-01");
        fill("Date", "2022-04-10");
        press("Register");

        assertTrue(pageText().contains("Please correct the marked fields."));
        assertTrue(messageFor("Date of birth").startsWith("A child case is for someone under 18"), messageFor("Date of birth"));
        assertEquals("/cases/edit.xhtml", path());

        fill("Date of birth", "2015-13-45");
        press("Register");
        assertFalse(messageFor("Date of birth").isEmpty());
        assertEquals("/cases/edit.xhtml", path());
    }

    @Test
    void aFailedSaveOfTheLongFormLeadsToItsProblemsAndKeepsWhatWasTyped() {
        signIn("caseworker");
        open("cases/edit.xhtml?category=CHILD");
        assertTrue(driver.findElement(By.id("requiredNote")).getText().startsWith("Fields marked * are required"));
        assertFalse(field("Consent to tracing").isSelected(), "consent is asked, not assumed");
        fill("Family name", "Ткачук");
        fill("Given name", "Софія");
        choose("Sex", "female");
        fill("Date of birth", "1990-01-01");
        fill("Place", "Херсон");
        press("Register");

        WebElement summary = driver.switchTo().activeElement();
        assertEquals("hw-error-summary", summary.getAttribute("class"), "the focus is on the list of problems");
        assertTrue(summary.getText().contains("Date of birth: A child case is for someone under 18"), summary.getText());
        assertTrue(messageFor("Date of birth").startsWith("A child case is for someone under 18"), "and beside the field");
        assertEquals("Ткачук", field("Family name").getAttribute("value"));
        assertEquals("Софія", field("Given name").getAttribute("value"));
        assertEquals("Херсон", field("Place").getAttribute("value"));
        assertAccessible();

        summary.findElement(By.partialLinkText("Date of birth")).click();
        assertEquals(field("Date of birth"), driver.switchTo().activeElement(), "the problem's link leads to its field");
    }

    @Test
    void aClosingReasonIsAskedForOnlyWhenTheMoveClosesTheCase() {
        long id = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"CIVILIAN","side":"OWN","familyName":"Гнатюк","sex":"FEMALE","office":"KYIV"}""")
                .json().getJsonNumber("id").longValue();
        signIn("caseworker");
        open("cases/case.xhtml?id=" + id);
        By closingReason = By.xpath("//label[starts-with(normalize-space(.), 'Closing reason')]");
        assertTrue(driver.findElements(closingReason).isEmpty());

        choose("New status", "located");
        assertTrue(driver.findElements(closingReason).isEmpty());

        choose("New status", "closed * (needs a supervisor’s approval)");
        choose("Closing reason", "request withdrawn");
        assertEquals("request withdrawn", new Select(field("Closing reason")).getFirstSelectedOption().getText());
    }

    @Test
    void theCaseListUsesTheWholeWidthOfAWideScreen() {
        signIn("caseworker");
        driver.manage().window().setSize(new Dimension(2400, 1000));
        try {
            open("cases/list.xhtml");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            double table = ((Number) js.executeScript(
                    "return document.getElementById('searchForm:casesTable').getBoundingClientRect().width;")).doubleValue();
            double page = ((Number) js.executeScript("return document.body.clientWidth;")).doubleValue();
            assertTrue(table > page * 0.95, "the table is " + table + " pixels wide on a page of " + page);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    void aDateWrittenTheUkrainianWayIsSavedAsThatDay() {
        signIn("caseworker");
        open("cases/edit.xhtml?category=CIVILIAN");
        fill("Family name", uniqueFamilyName());
        choose("Sex", "female");
        WebElement calendar = driver.findElement(By.cssSelector("button[aria-label='Calendar: Date of birth']"));
        assertTrue(calendar.isDisplayed(), "a day can be chosen in a calendar");
        // Headless Chromium cannot show its calendar: the day is handed over as the calendar hands it.
        ((JavascriptExecutor) driver).executeScript("var picker = arguments[0].nextElementSibling;"
                + " picker.value = '1998-04-11'; picker.dispatchEvent(new Event('change'));", calendar);
        assertEquals("1998-04-11", field("Date of birth").getAttribute("value"));
        fill("Date of birth", "12.04.1998");
        choose("Date of birth known to", "the day");
        press("Register");

        assertEquals("1998-04-12", driver.findElement(By.id("view-dateOfBirth")).getText());
    }

    @Test
    void aDateOfBirthKnownOnlyToTheMonthOrTheYearIsTypedAsSuch() {
        signIn("caseworker");
        open("cases/edit.xhtml?category=CIVILIAN");
        fill("Family name", uniqueFamilyName());
        choose("Sex", "male");
        fill("Date of birth", "2014");
        choose("Date of birth known to", "the day");
        press("Register");
        assertTrue(messageFor("Date of birth").startsWith("Only part of the date is typed"), messageFor("Date of birth"));
        assertEquals("2014", field("Date of birth").getAttribute("value"), "what was typed stays");

        fill("Date of birth", "2014-06");
        choose("Date of birth known to", "the month");
        press("Register");

        assertEquals("2014-06-01", driver.findElement(By.id("view-dateOfBirth")).getText());
        assertEquals("the month", driver.findElement(By.id("view-dateOfBirthPrecision")).getText());
    }

    @Test
    void inUkrainianABadDateIsRefusedInUkrainian() {
        signIn("caseworker");
        clickAndWait(driver.findElement(By.id("headerForm:languageSwitch")));
        open("cases/edit.xhtml?category=CIVILIAN");
        driver.findElement(By.id("caseForm:familyName")).sendKeys(uniqueFamilyName());
        new Select(driver.findElement(By.id("caseForm:sex"))).selectByIndex(1);
        driver.findElement(By.id("caseForm:dateOfBirth")).sendKeys("31.02.1998");
        clickAndWait(driver.findElement(By.id("caseForm:save")));

        String summary = driver.switchTo().activeElement().getText();
        assertTrue(summary.contains("Дата народження: Це не дата: «31.02.1998». Пишіть 12.04.1998 або 1998-04-12;"), summary);
        String beside = driver.findElement(By.cssSelector("[id='caseForm:dateOfBirth'] ~ .ui-message")).getText();
        assertTrue(beside.startsWith("Це не дата: «31.02.1998». Пишіть 12.04.1998 або 1998-04-12;"), beside);
        assertFalse(summary.matches("(?s).*[A-Za-z].*"), "no English on the Ukrainian page: " + summary);
    }

    @Test
    void aCaseworkerOfAnotherOfficeCannotOpenTheCase() {
        signIn("caseworker");
        registerPow(uniqueFamilyName());
        String caseUrl = driver.getCurrentUrl();
        signOut();

        signIn("caseworker2");
        driver.get(caseUrl);
        waitForPage();

        assertEquals("Not allowed", heading());
        String caseAddress = caseUrl.substring(base.toString().length());
        assertEquals(403, statusOf(caseAddress), "as in the API, a case outside the reader's scope is refused");
        assertEquals(403, statusOf(caseAddress.replace("cases/case.xhtml", "cases/edit.xhtml")));
    }

    @Test
    void anAddressWithAMissingOrMalformedIdIsNotFound() {
        signIn("caseworker");

        for (String page : List.of("cases/case.xhtml?id=abc", "cases/case.xhtml?id=999999999", "cases/case.xhtml",
                "cases/edit.xhtml?id=abc", "cases/edit.xhtml?id=999999999", "rounds/round.xhtml?id=abc",
                "rounds/round.xhtml?id=999999999", "rounds/edit.xhtml?id=abc")) {
            assertEquals(404, statusOf(page), page);
            open(page);
            assertEquals("Page not found", heading(), page);
        }
        assertEquals(200, statusOf("cases/list.xhtml"));
    }

    @Test
    void twoPeopleEditTheSameCaseAndTheSecondIsToldWhoChangedIt() throws Exception {
        signIn("caseworker");
        registerPow(uniqueFamilyName());
        String editUrl = driver.getCurrentUrl().replace("/cases/case.xhtml", "/cases/edit.xhtml");

        Path otherProfile = Files.createTempDirectory("homeward-second-browser");
        WebDriver mine = driver;
        WebDriver other = newBrowser(otherProfile);
        try {
            driver = other;
            signIn("supervisor");
            driver.get(editUrl);
            waitForPage();

            driver = mine;
            driver.get(editUrl);
            waitForPage();
            fill("Oblast", "Donetska");
            press("Save");
            assertTrue(pageText().contains("saved."));

            driver = other;
            fill("Oblast", "Zaporizka");
            press("Save");
            assertTrue(pageText().contains("changed by caseworker at "), pageText());
            assertEquals("/cases/edit.xhtml", path());
        } finally {
            driver = mine;
            other.quit();
        }
        driver.get(editUrl.replace("/cases/edit.xhtml", "/cases/case.xhtml"));
        waitForPage();
        assertEquals("Donetska", driver.findElement(By.id("view-oblast")).getText());
    }
}
