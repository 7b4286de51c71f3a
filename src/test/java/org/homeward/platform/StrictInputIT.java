package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * What the API refuses instead of guessing: a value of the wrong JSON type, duplicate members, text after
 * the document, unknown members, malformed or out-of-range query parameters, implausible dates, and
 * invisible or direction-changing characters in names and texts. Each answer is a 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private static String pow(String familyName, String extra) {
        return powNamed(Api.quote(familyName), extra);
    }

    /** A person whose family name is given as a JSON literal, escapes and all. */
    private static String powNamed(String familyNameLiteral, String extra) {
        return """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":"Олексій","sex":"MALE",
                 "dateOfBirth":"1998-04-12","office":"KYIV"%s}""".formatted(familyNameLiteral, extra);
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append("бвгдклмнпрст".charAt(ThreadLocalRandom.current().nextInt(12)));
        }
        return letters.toString();
    }

    private static String familyName() {
        return "Стриктенко" + letters();
    }

    private static List<String> fieldsAtFault(Api.Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static void assertRefused(Api.Answer answer, String field) {
        assertTrue(fieldsAtFault(answer).contains(field), field + " named in " + answer.body());
    }

    private long register(String body) {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", body);
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void aFlagIsTrueOrFalseAndNothingElse() {
        Api caseworker = Api.at(base).as("caseworker");
        for (String value : List.of("1", "\"yes\"", "\"1\"", "\"on\"", "\"true\"", "{}", "[true]")) {
            assertRefused(caseworker.post("api/v1/persons", pow(familyName(), ",\"restricted\":" + value)), "restricted");
            assertRefused(caseworker.post("api/v1/persons", pow(familyName(), ",\"seriouslyWounded\":" + value)),
                    "seriouslyWounded");
        }
        Api supervisor = Api.at(base).as("supervisor");
        Api.Answer restricted = supervisor.post("api/v1/persons", pow(familyName(), ",\"restricted\":true"));
        assertEquals(201, restricted.status(), restricted.body());
        assertTrue(supervisor.get("api/v1/persons/" + restricted.json().getJsonNumber("id").longValue()).json()
                .getBoolean("restricted"));
    }

    @Test
    void everyBodyOfTheApiIsReadByTypeNotTurnedIntoText() {
        Api caseworker = Api.at(base).as("caseworker");
        assertRefused(caseworker.post("api/v1/persons", pow(familyName(), "").replace("\"Олексій\"", "12345")), "givenName");
        long id = register(pow(familyName(), ""));

        assertRefused(caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":12345}"), "text");
        assertRefused(caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":[\"a\"]}"), "text");
        assertRefused(caseworker.post("api/v1/persons/" + id + "/tasks", "{\"description\":true}"), "description");
        assertRefused(caseworker.put("api/v1/persons/" + id, pow(familyName(), ",\"version\":\"0\"")), "version");
        assertRefused(caseworker.put("api/v1/persons/" + id, pow(familyName(), ",\"version\":0.5")), "version");
        assertRefused(caseworker.put("api/v1/persons/" + id, pow(familyName(), ",\"aliases\":\"Петро\",\"version\":0")),
                "aliases");
        Api admin = Api.at(base).as("admin");
        assertRefused(admin.post("api/v1/users", "{\"username\":\"" + Unique.username("strict") + "\",\"displayName\":\"S\","
                + "\"office\":\"KYIV\",\"roles\":\"CASEWORKER\",\"temporaryPassword\":\"a long enough secret 42\"}"), "roles");
        assertRefused(admin.post("api/v1/offices", "{\"code\":\"" + Unique.officeCode() + "\",\"name\":\"S\","
                + "\"headOffice\":\"no\"}"), "headOffice");
        Api supervisor = Api.at(base).as("supervisor");
        assertRefused(supervisor.post("api/v1/rounds", "{\"name\":\"Strict round\",\"type\":\"POW_EXCHANGE\","
                + "\"quotas\":[{\"category\":\"POW\",\"side\":\"OWN\",\"count\":\"10\"}]}"), "quotas[0].count");
    }

    @Test
    void duplicateMembersTextAfterTheDocumentAndUnknownMembersAreRefused() {
        Api caseworker = Api.at(base).as("caseworker");
        String body = pow(familyName(), "");
        assertRefused(caseworker.post("api/v1/persons", body.replace("{\"category\"",
                "{\"restricted\":true,\"restricted\":false,\"category\"")), "restricted");
        assertRefused(caseworker.post("api/v1/persons", body + " {\"restricted\":true}"), "body");
        assertRefused(caseworker.post("api/v1/persons", body + " x"), "body");
        assertRefused(caseworker.post("api/v1/persons", pow(familyName(), ",\"restrictd\":true")), "restrictd");
        long id = register(body);
        assertRefused(caseworker.post("api/v1/persons/" + id + "/notes", "{\"txt\":\"a note\"}"), "txt");

        JsonObject read = caseworker.get("api/v1/persons/" + id).json();
        String again = read.toString().replaceFirst("\\{", "{\"oblast\":\"Kyivska\",");
        assertEquals(200, caseworker.put("api/v1/persons/" + id, again).status(),
                "a record as read, sent back with a change, is still a request (its read-only fields are ignored)");
    }

    @Test
    void queryParametersThatAreNotNumbersOrOutOfRangeAreRefusedByName() {
        Api caseworker = Api.at(base).as("caseworker");
        assertRefused(caseworker.get("api/v1/persons?size=abc"), "size");
        assertRefused(caseworker.get("api/v1/persons?page=1.5"), "page");
        assertRefused(caseworker.get("api/v1/persons?page=-1"), "page");
        assertRefused(caseworker.get("api/v1/persons?size="), "size");
        Api.Answer tooLarge = caseworker.get("api/v1/persons?size=201");
        assertRefused(tooLarge, "size");
        assertTrue(tooLarge.body().contains("200"), "the maximum is stated: " + tooLarge.body());
        assertRefused(caseworker.get("api/v1/persons?restricted=yes"), "restricted");
        assertRefused(caseworker.get("api/v1/rounds?size=abc"), "size");
        assertRefused(caseworker.get("api/v1/rounds?page=-1"), "page");
        assertRefused(Api.at(base).as("auditor").get("api/v1/audit/access?person=abc"), "person");
        assertEquals(200, caseworker.get("api/v1/persons?page=0&size=200").status());

        String openapi = Api.at(base).get("openapi?format=JSON").body();
        assertTrue(openapi.matches("(?s).*\"maximum\"\\s*:\\s*200.*"), "the document states the maximum size");
    }

    @Test
    void datesOutsideAPlausibleRangeAreRefused() {
        Api caseworker = Api.at(base).as("caseworker");
        for (String day : List.of("1899-12-31", "0000-01-01", "-0001-01-01", "+12026-01-01")) {
            assertRefused(caseworker.post("api/v1/persons", pow(familyName(), "").replace("1998-04-12", day)), "dateOfBirth");
        }
        long id = register(pow(familyName(), "").replace("1998-04-12", "1900-01-01"));
        assertRefused(caseworker.post("api/v1/persons/" + id + "/tasks", "{\"description\":\"call\",\"dueOn\":\"0000-01-01\"}"),
                "dueOn");
        assertRefused(caseworker.post("api/v1/persons/" + id + "/events", "{\"kind\":\"CAPTURE\",\"date\":\"1850\"}"), "date");
        assertRefused(caseworker.post("api/v1/persons/" + id + "/events", "{\"kind\":\"CAPTURE\",\"date\":\"0000-03-02\"}"), "date");
    }

    @Test
    void namesAndTextsRefuseInvisibleAndDirectionCharactersAndAreStoredComposed() {
        Api caseworker = Api.at(base).as("caseworker");
        for (String sneaky : List.of("\\u202e", "\\u2066", "\\u200b", "\\u200d", "\\u2060", "\\ufeff", "\\u0000")) {
            assertRefused(caseworker.post("api/v1/persons", powNamed("\"Шевч" + sneaky + "енко\"", "")), "familyName");
        }
        long id = register(pow(familyName(), ""));
        assertRefused(caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":\"paid \\u202e0001\"}"), "text");
        assertEquals(201, caseworker.post("api/v1/persons/" + id + "/notes", "{\"text\":\"two\\nlines\\tand a tab\"}").status());

        String decomposed = "Андрі" + "\u0438\u0306" + letters();
        String composed = java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC);
        assertFalse(decomposed.equals(composed));
        long named = register(pow(decomposed, ""));
        assertEquals(composed, ((JsonString) caseworker.get("api/v1/persons/" + named).json().get("familyName")).getString());
        Api.Answer note = caseworker.post("api/v1/persons/" + named + "/notes", "{\"text\":" + Api.quote(decomposed) + "}");
        assertEquals(composed, note.json().getString("text"));
    }

    @Test
    void thePersonRequestIsDescribedFieldByFieldInTheOpenApiDocument() {
        JsonObject openapi = Api.at(base).get("openapi?format=JSON").json();
        JsonObject request = openapi.getJsonObject("components").getJsonObject("schemas").getJsonObject("PersonRequest");
        JsonObject fields = request.getJsonObject("properties");
        assertEquals("boolean", fields.getJsonObject("restricted").getString("type"));
        assertEquals("boolean", fields.getJsonObject("seriouslyWounded").getString("type"));
        assertEquals("string", fields.getJsonObject("familyName").getString("type"));
        assertEquals("date", fields.getJsonObject("dateOfBirth").getString("format"));
        assertEquals("array", fields.getJsonObject("aliases").getString("type"));
        assertEquals("integer", fields.getJsonObject("version").getString("type"));
        assertTrue(fields.getJsonObject("category").getJsonArray("enum").toString().contains("POW"));
        String post = openapi.getJsonObject("paths").getJsonObject("/api/v1/persons").getJsonObject("post")
                .getJsonObject("requestBody").toString();
        assertTrue(post.contains("#/components/schemas/PersonRequest"), post);
    }
}
