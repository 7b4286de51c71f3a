package org.homeward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A caseworker imports the other side's Russian-language list, written in Windows-1251: the page finds
 * the encoding, flags the two men already registered as likely the same people with the case and why,
 * and imports the rest, who then appear in the registry with the list as their source.
 */
class ImportJourneyIT extends BrowserTest {

    @BeforeEach
    void freshSession() {
        driver.get(base.toString() + "favicon.ico");
        driver.manage().deleteAllCookies();
    }

    private String register(String familyName, String givenName, String born) {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":%s,"sex":"MALE","dateOfBirth":%s,"office":"KYIV"}"""
                .formatted(Api.quote(familyName), Api.quote(givenName), Api.quote(born)));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("caseNumber");
    }

    @Test
    void aRussianListInWindows1251IsPreviewedWithItsDuplicatesAndTheRestImported() throws IOException {
        String first = ImportApiIT.uniqueFamilyName();
        String second = ImportApiIT.uniqueFamilyName();
        String third = ImportApiIT.uniqueFamilyName();
        String fourth = ImportApiIT.uniqueFamilyName();
        // Registered by families in Ukrainian; the other side's list writes the Russian forms of the names.
        String firstCase = register(first, "Олексій", "1998-04-12");
        String secondCase = register(second, "Микола", "1990-01-15");
        String source = "other side's list of 2026-07-23 (" + third + ")";
        String list = "Фамилия;Имя;Отчество;Пол;Дата рождения\r\n"
                + first + ";Алексей;Петрович;м;12.04.1998\r\n"
                + second + ";Николай;Сергеевич;м;15.01.1990\r\n"
                + third + ";Андрей;Иванович;м;03.03.1985\r\n"
                + fourth + ";Юрий;Васильевич;м;1979\r\n";
        Path file = Files.createTempFile("other-side-list", ".csv");
        try {
            Files.write(file, list.getBytes(Charset.forName("windows-1251")));

            signIn("caseworker");
            assertTrue(menu().contains("Imports"), menu().toString());
            clickLink("Imports");
            assertEquals("Import a list", heading());
            driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            fill("Source of the list", source);
            press("Upload and preview");

            assertTrue(pageText().contains("Read as windows-1251, columns separated by semicolons."), pageText());
            assertEquals("4 rows: 2 new, 2 likely already registered, 0 with errors.",
                    driver.findElement(By.id("counts")).getText());
            choose("Show", "Likely already registered");
            List<WebElement> flagged = driver.findElements(By.cssSelector("[id$='rowsTable_data'] tr"));
            assertEquals(2, flagged.size());
            assertTrue(flagged.get(0).getText().contains("case " + firstCase + ": family name: same (" + first
                    + "); given name: Russian form of Олексій"), flagged.get(0).getText());
            assertTrue(flagged.get(1).getText().contains("case " + secondCase + ": family name: same (" + second
                    + "); given name: Russian form of Микола"), flagged.get(1).getText());

            assertTrue(driver.findElements(By.id("commitForm:round")).isEmpty(), "a caseworker is offered no round");
            toggle("Only the valid rows");
            clickAndWait(driver.findElement(By.id("commitForm:commitButton")));
            clickAndWait(driver.findElement(By.id("commitForm:confirmYes")));
            assertTrue(pageText().contains("2 people were registered from the list."), pageText());
            assertEquals("Imported.", driver.findElement(By.id("importState")).getText());

            choose("Show", "New");
            clickAndWait(driver.findElements(By.linkText("Registered: open the case")).get(0));
            assertTrue(pageText().contains(third), "the case of the first new row");
            assertTrue(driver.findElement(By.id("sources")).getText().contains(source),
                    driver.findElement(By.id("sources")).getText());
            Api.Answer firstAgain = Api.at(base).as("hq").get("api/v1/persons?q="
                    + java.net.URLEncoder.encode(first, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(1, firstAgain.json().getInt("total"), "a flagged row is not registered again");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aSupervisorImportsTheOtherSidesListOntoARoundAndTheVerifiedManOnItIsNominated() throws IOException {
        String known = ImportApiIT.uniqueFamilyName();
        String fresh = ImportApiIT.uniqueFamilyName();
        Api hq = Api.at(base).as("hq");
        long verified = hq.get("api/v1/persons?q=" + java.net.URLEncoder.encode(register(known, "Олексій", "1998-04-12"),
                java.nio.charset.StandardCharsets.UTF_8)).json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(201, hq.post("api/v1/persons/" + verified + "/transitions", "{\"to\":\"LOCATED\"}").status());
        assertEquals(201, hq.post("api/v1/persons/" + verified + "/transitions", "{\"to\":\"VERIFIED\"}").status());
        String roundName = "Istanbul talks for " + known;
        Api.Answer round = hq.post("api/v1/rounds", """
                {"name":%s,"type":"POW_EXCHANGE","venue":"Istanbul","talksDate":"2026-07-23"}""".formatted(Api.quote(roundName)));
        assertEquals(201, round.status(), round.body());
        String list = "Фамилия;Имя;Пол;Дата рождения\r\n" + known + ";Алексей;м;12.04.1998\r\n" + fresh + ";Андрей;м;03.03.1985\r\n";
        Path file = Files.createTempFile("exchange-list", ".csv");
        try {
            Files.write(file, list.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            signIn("hq");
            clickLink("Imports");
            driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            fill("Source of the list", "other side's exchange list (" + fresh + ")");
            press("Upload and preview");
            toggle("Only the valid rows");
            choose("Nominate to a round", roundName);
            clickAndWait(driver.findElement(By.id("commitForm:commitButton")));
            clickAndWait(driver.findElement(By.id("commitForm:confirmYes")));

            assertTrue(pageText().contains("1 people were registered from the list."), pageText());
            assertEquals("Nominated to the round: 1. Could not be nominated: 0 (each row says why).",
                    driver.findElement(By.id("nominatedCounts")).getText());
            List<WebElement> rows = driver.findElements(By.cssSelector("[id$='rowsTable_data'] tr"));
            assertTrue(rows.get(0).getText().contains("Nominated to the round."), rows.get(0).getText());
            assertTrue(rows.get(1).getText().contains("not nominated"), rows.get(1).getText());
            assertEquals("NOMINATED", hq.get("api/v1/persons/" + verified).json().getString("status"));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
