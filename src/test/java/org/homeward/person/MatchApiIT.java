package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.homeward.matching.UkrainianTransliteration;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding the same person across lists through the API: POST /api/v1/matches with a person's details
 * and GET /api/v1/persons/{id}/matches, with the explanation a supervisor reads, the caller's record
 * scope, keys kept up to date on a revision, and strict input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;


    private long register(String user, String familyName, String givenName, String patronymic, String born,
                          String office) {
        Api.Answer created = Api.at(base).as(user).post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":%s,"patronymic":%s,
                 "sex":"MALE","dateOfBirth":%s,"office":%s}""".formatted(Api.quote(familyName), Api.quote(givenName),
                patronymic == null ? "null" : Api.quote(patronymic), Api.quote(born), Api.quote(office)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Optional<JsonObject> match(JsonArray matches, long id) {
        return matches.stream().map(JsonObject.class::cast)
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst();
    }

    @Test
    void theOtherSidesRussianFormInLatinLettersFindsTheRegisteredPersonWithReasons() {
        String familyName = Unique.familyName("Мат", "енко");
        long id = register("caseworker", familyName, "Олексій", "Петрович", "1998-04-12", "KYIV");

        Api.Answer answer = Api.at(base).as("caseworker").post("api/v1/matches", """
                {"familyName":%s,"givenName":"Aleksey","patronymic":"Petrovich","sex":"MALE","dateOfBirth":"1998-12-04"}"""
                .formatted(Api.quote(UkrainianTransliteration.latin(familyName))));

        assertEquals(200, answer.status(), answer.body());
        JsonObject found = match(answer.array(), id).orElseThrow(() -> new AssertionError(answer.body()));
        assertTrue(found.getInt("score") >= 70, found.toString());
        assertTrue(found.getBoolean("likely"));
        assertEquals(familyName, found.getString("familyName"));
        assertTrue(found.getString("caseNumber").startsWith("POW-"));
        String explanation = found.getString("explanation");
        assertTrue(explanation.contains("family name: same after transliteration"), explanation);
        assertTrue(explanation.contains("given name: Russian form of Олексій"), explanation);
        assertTrue(explanation.contains("born: same year, day and month swapped"), explanation);
        List<String> keys = found.getJsonArray("reasons").stream()
                .map(r -> r.asJsonObject().getString("key")).toList();
        assertTrue(keys.contains("match.reason.given.form"), keys.toString());

        JsonObject inUkrainian = match(Api.at(base).as("caseworker").in("uk").post("api/v1/matches", """
                {"familyName":%s,"givenName":"Алексей","sex":"MALE","dateOfBirth":"1998-04-12"}"""
                .formatted(Api.quote(familyName))).array(), id).orElseThrow();
        assertTrue(inUkrainian.getString("explanation").contains("ім’я: російська форма імені Олексій"),
                inUkrainian.getString("explanation"));
    }

    @Test
    void aRegisteredPersonsMatchesListTheOtherRecordButNotItself() {
        String familyName = Unique.familyName("Мат", "енко");
        long family = register("caseworker", familyName, "Микола", "Андрійович", "1975-01-30", "KYIV");
        long otherSide = register("caseworker", familyName, "Николай", "Андреевич", "1975-01-30", "KYIV");

        Api.Answer answer = Api.at(base).as("caseworker").get("api/v1/persons/" + family + "/matches");

        assertEquals(200, answer.status(), answer.body());
        assertTrue(match(answer.array(), family).isEmpty(), answer.body());
        JsonObject other = match(answer.array(), otherSide).orElseThrow(() -> new AssertionError(answer.body()));
        assertEquals(90, other.getInt("score"), other.toString());
        assertTrue(other.getString("explanation").contains("patronymic: same father’s name"), other.toString());
    }

    @Test
    void registeringThroughTheApiAnswersTheLikelyDuplicatesBesideTheRecordAndQueuesThePair() {
        String familyName = Unique.familyName("Мат", "енко");
        long family = register("caseworker", familyName, "Олексій", "Петрович", "1998-04-12", "KYIV");

        Api.Answer answer = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":"Алексей","patronymic":"Петрович",
                 "sex":"MALE","dateOfBirth":"1998-12-04","office":"KYIV"}""".formatted(Api.quote(familyName)));

        assertEquals(201, answer.status(), answer.body());
        JsonObject created = answer.json();
        long id = created.getJsonNumber("id").longValue();
        assertTrue(created.getString("caseNumber").startsWith("POW-"), answer.body());
        assertEquals("REPORTED", created.getString("status"), answer.body());
        assertEquals(UkrainianTransliteration.latin(familyName),
                created.getJsonObject("transliterations").getString("familyName"));
        JsonArray duplicates = created.getJsonArray("possibleDuplicates");
        assertTrue(match(duplicates, id).isEmpty(), "not itself: " + duplicates);
        JsonObject found = match(duplicates, family).orElseThrow(() -> new AssertionError(answer.body()));
        assertTrue(found.getString("caseNumber").startsWith("POW-"));
        assertTrue(found.getInt("score") >= 70, found.toString());
        assertTrue(found.getString("explanation").contains("given name: Russian form of Олексій"), found.toString());
        assertTrue(found.getJsonArray("reasons").stream()
                .anyMatch(r -> "match.reason.given.form".equals(r.asJsonObject().getString("key"))), found.toString());

        Api.Answer queued = Api.at(base).as("supervisor").get("api/v1/duplicates?person=" + id);
        assertEquals(200, queued.status(), queued.body());
        assertTrue(queued.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .anyMatch(pair -> pair.getJsonObject("lower").getJsonNumber("personId").longValue() == family
                        && pair.getJsonObject("higher").getJsonNumber("personId").longValue() == id), queued.body());

        // What was answered may be sent back as a revision: the added member is read-only like the record's own.
        Api.Answer revised = Api.at(base).as("caseworker").put("api/v1/persons/" + id, created.toString());
        assertEquals(200, revised.status(), revised.body());
    }

    @Test
    void aRegistrationWithoutLikelyDuplicatesAnswersAnEmptyListAndTheDocumentDescribesIt() {
        Api.Answer answer = Api.at(base).as("supervisor").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":"Зиновій","sex":"MALE",
                 "dateOfBirth":"1961-11-03","office":"KYIV"}""".formatted(Api.quote(Unique.familyName("Щур", "ицький"))));

        assertEquals(201, answer.status(), answer.body());
        assertEquals(0, answer.json().getJsonArray("possibleDuplicates").size(), answer.body());
        JsonObject document = Api.at(base).get("openapi?format=JSON").json();
        JsonObject schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("RegisteredPerson");
        assertEquals("#/components/schemas/PossibleMatch", schema.getJsonObject("properties")
                .getJsonObject("possibleDuplicates").getJsonObject("items").getString("$ref"));
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("PossibleMatch"));
    }

    @Test
    void matchesOutsideTheCallersScopeAreNotShown() {
        String familyName = Unique.familyName("Мат", "енко");
        long kyiv = register("caseworker", familyName, "Андрій", "Іванович", "1990-06-15", "KYIV");
        String body = """
                {"familyName":%s,"givenName":"Андрей","sex":"MALE","dateOfBirth":"1990-06-15"}"""
                .formatted(Api.quote(familyName));

        assertTrue(match(Api.at(base).as("hq").post("api/v1/matches", body).array(), kyiv).isPresent());
        Api.Answer kharkiv = Api.at(base).as("caseworker2").post("api/v1/matches", body);
        assertEquals(200, kharkiv.status(), kharkiv.body());
        assertTrue(match(kharkiv.array(), kyiv).isEmpty(), kharkiv.body());
        assertEquals(403, Api.at(base).as("caseworker2").get("api/v1/persons/" + kyiv + "/matches").status());
        assertEquals(404, Api.at(base).as("caseworker").get("api/v1/persons/999999999/matches").status());
        for (String noCaseData : List.of("partner", "auditor", "admin")) {
            assertEquals(403, Api.at(base).as(noCaseData).post("api/v1/matches", body).status(), noCaseData);
        }
    }

    @Test
    void aRevisedDateOfBirthIsMatchedFromTheRevision() {
        String familyName = Unique.familyName("Мат", "енко");
        long id = register("caseworker", familyName, "Юрій", null, "1980-02-20", "KYIV");
        JsonObject record = Api.at(base).as("caseworker").get("api/v1/persons/" + id).json();
        Api.Answer revised = Api.at(base).as("caseworker").put("api/v1/persons/" + id, """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":"Юрій","sex":"MALE","dateOfBirth":"1983-09-09",
                 "office":"KYIV","version":%d}""".formatted(Api.quote(familyName), record.getInt("version")));
        assertEquals(200, revised.status(), revised.body());

        JsonObject found = match(Api.at(base).as("caseworker").post("api/v1/matches", """
                {"familyName":"Матвієнко","givenName":"Юрий","sex":"MALE","dateOfBirth":"1983-09-09"}""").array(), id)
                .orElse(null);
        // A different family name with the new date: found under the given name and the exact date.
        assertTrue(found != null && found.getString("explanation").contains("born: same date"), String.valueOf(found));
        JsonObject byRevision = match(Api.at(base).as("caseworker").post("api/v1/matches", """
                {"familyName":%s,"givenName":"Yurii","sex":"MALE","dateOfBirth":"1983-09-09"}"""
                .formatted(Api.quote(familyName))).array(), id).orElseThrow();
        assertEquals(80, byRevision.getInt("score"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertField(Api.at(base).as("caseworker").post("api/v1/matches", "{\"givenName\":\"Олексій\"}"), "familyName");
        assertField(Api.at(base).as("caseworker").post("api/v1/matches",
                "{\"familyName\":\"Шевченко\",\"dateOfBirth\":\"1998-02-30\"}"), "dateOfBirth");
        assertField(Api.at(base).as("caseworker").post("api/v1/matches",
                "{\"familyName\":\"Шевченко\",\"soundsLike\":true}"), "soundsLike");
        assertField(Api.at(base).as("caseworker").post("api/v1/matches",
                "{\"familyName\":\"Шевченко\",\"dateOfBirthPrecision\":\"ESTIMATED\"}"), "estimatedAge");
    }

    private static void assertField(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        List<String> fields = answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains(field), field + " not in " + fields);
        assertFalse(answer.json().getJsonArray("errors").getJsonObject(0).getString("message").isBlank());
    }
}
