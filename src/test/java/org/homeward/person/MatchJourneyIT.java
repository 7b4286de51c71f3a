package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homeward.matching.UkrainianTransliteration;
import org.homeward.testing.Api;
import org.homeward.testing.BrowserTest;
import org.homeward.testing.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A caseworker registering someone who is already in the registry under another spelling. */
class MatchJourneyIT extends BrowserTest {


    @Test
    void theFormShowsTheLikelyMatchBeforeSavingAndTheCaseworkerMayStillRegister() {
        String familyName = Unique.familyName("Бонд", "енко");
        Api.Answer registered = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":"Олексій","patronymic":"Петрович",
                 "sex":"MALE","dateOfBirth":"1998-04-12","office":"KYIV"}""".formatted(Api.quote(familyName)));
        assertEquals(201, registered.status(), registered.body());
        String caseNumber = registered.json().getString("caseNumber");

        signIn("caseworker");
        open("cases/edit.xhtml?category=POW");
        // The other side's list: Latin letters, the Russian form of the name, day and month swapped.
        fill("Family name", UkrainianTransliteration.latin(familyName));
        fill("Given name", "Aleksey");
        choose("Sex", "male");
        fill("Date of birth", "1998-12-04");
        choose("Date of birth known to", "the day");
        press("Check for matches");

        String table = driver.findElement(By.id("caseForm:matchTable")).getText();
        assertTrue(table.contains(caseNumber), table);
        assertTrue(table.contains(familyName + " Олексій Петрович"), table);
        assertTrue(table.contains("Likely the same person"), table);
        assertTrue(table.contains("given name: Russian form of Олексій"), table);
        assertTrue(table.contains("born: same year, day and month swapped"), table);
        assertTrue(pageText().contains("You may still register the person"));
        assertAccessible();

        press("Register");
        assertTrue(heading().startsWith("POW-"), heading());
        assertTrue(!heading().startsWith(caseNumber), heading());
    }

    @Test
    void aFormWithoutAFamilyNameSaysWhatIsMissing() {
        signIn("caseworker");
        open("cases/edit.xhtml?category=POW");
        fill("Given name", "Олексій");
        press("Check for matches");
        assertTrue(messageFor("Family name").startsWith("Enter the family name"), messageFor("Family name"));
    }
}
