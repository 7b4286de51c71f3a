package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.matching.UkrainianTransliteration;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry through /api/v1/persons: registering, finding by any spelling, scope, conflicts, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    /** A Ukrainian-looking family name no other test run has used. */
    private static String uniqueFamilyName() {
        String letters = "бвгджзклмнпрстфхцчшщ";
        StringBuilder name = new StringBuilder("Шевч");
        for (int i = 0; i < 7; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
            name.append("аеиоуі".charAt(ThreadLocalRandom.current().nextInt(6)));
        }
        return name.append("енко").toString();
    }

    private JsonObject register(String user, String body) {
        Api.Answer created = Api.at(base).as(user).post("api/v1/persons", body);
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static String pow(String familyName, String office, String extra) {
        return """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":"Олексій","patronymic":"Петрович",
                 "sex":"MALE","dateOfBirth":"1998-04-12","office":%s%s}""".formatted(Api.quote(familyName),
                Api.quote(office), extra);
    }

    @Test
    void registersAsTheContractSaysWithTransliterations() {
        String familyName = uniqueFamilyName();
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", pow(familyName, "KYIV", ""));

        assertEquals(201, created.status(), created.body());
        JsonObject person = created.json();
        assertTrue(created.header("Location").endsWith("/api/v1/persons/" + person.getJsonNumber("id").longValue()));
        assertTrue(person.getString("caseNumber").matches("POW-\\d{4}-\\d{6}"), person.getString("caseNumber"));
        assertEquals("REPORTED", person.getString("status"));
        assertEquals(0, person.getInt("version"));
        JsonObject latin = person.getJsonObject("transliterations");
        assertEquals(UkrainianTransliteration.latin(familyName), latin.getString("familyName"));
        assertEquals("Oleksii", latin.getString("givenName"));
        assertEquals("Petrovych", latin.getString("patronymic"));
        assertEquals("1998-04-12", person.getString("dateOfBirth"));
    }

    @Test
    void theSecondLatinFormIsComputedAndCanBeCorrectedAndSearched() {
        String familyName = uniqueFamilyName();
        JsonObject computed = register("caseworker", pow(familyName, "KYIV", ""));
        assertFalse(computed.getJsonObject("alternativeTransliterations").getString("familyName").isBlank());

        String corrected = "Zz" + Long.toString(System.nanoTime(), 36);
        JsonObject person = register("caseworker", pow(uniqueFamilyName(), "KYIV", ",\"altLatinGivenName\":" + Api.quote(corrected)));
        assertEquals(corrected, person.getJsonObject("alternativeTransliterations").getString("givenName"));
        assertEquals("Oleksii", person.getJsonObject("transliterations").getString("givenName"));
        JsonObject found = Api.at(base).as("caseworker").get("api/v1/persons?q=" + corrected.toLowerCase()).json();
        assertEquals(1, found.getInt("total"));
        assertEquals(person.getJsonNumber("id").longValue(), found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void findsThePersonByAnySpellingCaseNumberOrDocument() {
        String familyName = uniqueFamilyName();
        String digits = String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));
        JsonObject person = register("caseworker", pow(familyName, "KYIV",
                ",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"ЮЯ " + digits + "\",\"issuingCountry\":\"UA\"}]"));
        String latin = person.getJsonObject("transliterations").getString("familyName");
        String caseNumber = person.getString("caseNumber");
        Api caseworker = Api.at(base).as("caseworker");

        for (String q : List.of(familyName, latin, latin.toLowerCase(), latin.toUpperCase(), caseNumber,
                "ЮЯ" + digits, "юя " + digits, familyName + " Олексій", latin + " Oleksii")) {
            JsonObject page = caseworker.get("api/v1/persons?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).json();
            assertEquals(1, page.getInt("total"), q);
            assertEquals(caseNumber, page.getJsonArray("items").getJsonObject(0).getString("caseNumber"), q);
            assertEquals(0, page.getInt("page"));
            assertEquals(50, page.getInt("size"));
        }
        assertEquals(0, caseworker.get("api/v1/persons?q=" + java.net.URLEncoder.encode(familyName + " Марія",
                java.nio.charset.StandardCharsets.UTF_8)).json().getInt("total"), "every word must match");
    }

    @Test
    void anotherOfficesCaseworkerGetsNoRowAndA403() {
        String familyName = uniqueFamilyName();
        long id = register("caseworker", pow(familyName, "KYIV", "")).getJsonNumber("id").longValue();
        String q = "api/v1/persons?q=" + java.net.URLEncoder.encode(familyName, java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(403, Api.at(base).as("caseworker2").get("api/v1/persons/" + id).status());
        assertEquals(0, Api.at(base).as("caseworker2").get(q).json().getInt("total"));
        assertEquals(1, Api.at(base).as("supervisor").get(q).json().getInt("total"));
        assertEquals(1, Api.at(base).as("hq").get(q).json().getInt("total"));
        for (String noCaseData : List.of("partner", "auditor", "admin")) {
            assertEquals(403, Api.at(base).as(noCaseData).get(q).status(), noCaseData);
            assertEquals(403, Api.at(base).as(noCaseData).get("api/v1/persons/" + id).status(), noCaseData);
        }
    }

    @Test
    void aRestrictedChildIsSeenOnlyByTheAssignedCaseworkerAndSupervisors() {
        String familyName = uniqueFamilyName();
        long id = register("supervisor", """
                {"category":"CHILD","side":"OWN","familyName":%s,"sex":"FEMALE","dateOfBirth":"2015-06-01",
                 "circumstance":"DEPORTATION","circumstanceDate":"2022-04-10","office":"KYIV","assignedTo":"caseworker",
                 "restricted":true,"currentLocation":"Foster family, sensitive","medicalNotes":"asthma"}"""
                .formatted(Api.quote(familyName))).getJsonNumber("id").longValue();
        String other = register("supervisor", pow(uniqueFamilyName(), "KYIV", ",\"restricted\":true"))
                .getJsonNumber("id").toString();

        JsonObject seenByAssigned = Api.at(base).as("caseworker").get("api/v1/persons/" + id).json();
        assertEquals("Foster family, sensitive", seenByAssigned.getString("currentLocation"));
        assertEquals("asthma", seenByAssigned.getString("medicalNotes"));
        assertEquals(403, Api.at(base).as("caseworker").get("api/v1/persons/" + other).status(),
                "restricted and not assigned to this caseworker");
        assertEquals(200, Api.at(base).as("hq").get("api/v1/persons/" + id).status());
        assertEquals(403, Api.at(base).as("caseworker2").get("api/v1/persons/" + id).status());
    }

    @Test
    void aRestrictedCaseStaysVisibleToTheSupervisorsOfItsOffice() {
        String familyName = uniqueFamilyName();
        long id = register("caseworker", pow(familyName, "KYIV", ",\"restricted\":true,\"assignedTo\":\"caseworker\""))
                .getJsonNumber("id").longValue();
        String q = "api/v1/persons?q=" + java.net.URLEncoder.encode(familyName, java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(200, Api.at(base).as("supervisor").get("api/v1/persons/" + id).status());
        assertEquals(1, Api.at(base).as("supervisor").get(q).json().getInt("total"));
        assertEquals(403, Api.at(base).as("caseworker2").get("api/v1/persons/" + id).status());
    }

    @Test
    void whereACaseIsKeptAndWhetherItIsRestrictedAreASupervisorsDecisions() {
        String familyName = uniqueFamilyName();
        long id = register("caseworker", pow(familyName, "KYIV", "")).getJsonNumber("id").longValue();
        Api caseworker = Api.at(base).as("caseworker");
        String path = "api/v1/persons/" + id;

        assertRefused(caseworker.put(path, pow(familyName, "KHARKIV", ",\"assignedTo\":\"caseworker\",\"version\":0")), "office");
        assertRefused(caseworker.put(path, pow(familyName, "KYIV", ",\"restricted\":true,\"assignedTo\":\"caseworker\",\"version\":0")),
                "restricted");
        assertRefused(caseworker.put(path, pow(familyName, "KYIV", ",\"assignedTo\":\"caseworker2\",\"version\":0")), "assignedTo");
        JsonObject unchanged = Api.at(base).as("supervisor").get(path).json();
        assertEquals("KYIV", unchanged.getString("office"));
        assertFalse(unchanged.getBoolean("restricted"));
        assertEquals(0, unchanged.getInt("version"), "nothing written");
        Api.Answer withinOffice = caseworker.put(path, pow(familyName, "KYIV", ",\"assignedTo\":\"supervisor\",\"version\":0"));
        assertEquals(200, withinOffice.status(), withinOffice.body());

        Api.Answer bySupervisor = Api.at(base).as("supervisor").put(path,
                pow(familyName, "KYIV", ",\"restricted\":true,\"assignedTo\":\"caseworker\",\"version\":1"));
        assertEquals(200, bySupervisor.status(), bySupervisor.body());
        assertTrue(bySupervisor.json().getBoolean("restricted"));

        assertRefused(caseworker.post("api/v1/persons", pow(uniqueFamilyName(), "KHARKIV", ",\"assignedTo\":\"caseworker\"")),
                "office");
    }

    private static void assertRefused(Api.Answer answer, String field) {
        assertEquals(403, answer.status(), answer.body());
        assertEquals(field, answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer.body());
        assertFalse(answer.json().getJsonArray("errors").getJsonObject(0).getString("message").isBlank());
    }

    @Test
    void medicalNotesAreHiddenFromCaseworkersNotAssigned() {
        long id = register("supervisor", pow(uniqueFamilyName(), "KYIV", ",\"medicalNotes\":\"shrapnel wound\""))
                .getJsonNumber("id").longValue();

        JsonObject seenByOffice = Api.at(base).as("caseworker").get("api/v1/persons/" + id).json();
        assertTrue(!seenByOffice.containsKey("medicalNotes") || seenByOffice.isNull("medicalNotes"));
        assertTrue(seenByOffice.getBoolean("medicalNotesHidden"));
        assertEquals("shrapnel wound", Api.at(base).as("supervisor").get("api/v1/persons/" + id).json().getString("medicalNotes"));
    }

    @Test
    void aStaleVersionIsRefusedWith409AndNothingIsOverwritten() {
        String familyName = uniqueFamilyName();
        JsonObject person = register("caseworker", pow(familyName, "KYIV", ""));
        long id = person.getJsonNumber("id").longValue();
        Api caseworker = Api.at(base).as("caseworker");

        Api.Answer first = caseworker.put("api/v1/persons/" + id, pow(familyName, "KYIV", ",\"oblast\":\"Kharkivska\",\"version\":0"));
        Api.Answer second = Api.at(base).as("supervisor").put("api/v1/persons/" + id,
                pow(familyName, "KYIV", ",\"oblast\":\"Donetska\",\"version\":0"));

        assertEquals(200, first.status(), first.body());
        assertEquals(409, second.status(), second.body());
        assertTrue(second.json().getString("message").startsWith("changed by caseworker at "), second.body());
        assertEquals("Kharkivska", caseworker.get("api/v1/persons/" + id).json().getString("oblast"));
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        Api caseworker = Api.at(base).as("caseworker");
        String familyName = uniqueFamilyName();
        String q = "api/v1/persons?q=" + java.net.URLEncoder.encode(familyName, java.nio.charset.StandardCharsets.UTF_8);

        assertField(caseworker.post("api/v1/persons", pow(familyName, "KYIV", "").replace("1998-04-12", "1998-13-40")), "dateOfBirth");
        assertField(caseworker.post("api/v1/persons", pow(familyName, "KYIV", "").replace("\"POW\"", "\"GENERAL\"")), "category");
        assertField(caseworker.post("api/v1/persons", pow(familyName, "KYIV", "").replace("1998-04-12", "2099-01-01")), "dateOfBirth");
        assertField(caseworker.post("api/v1/persons", pow("Ш".repeat(10_000), "KYIV", "")), "familyName");
        assertField(caseworker.post("api/v1/persons", pow(familyName, "KYIV",
                ",\"circumstance\":\"CAPTURE\",\"circumstanceDate\":\"1990-01-01\"")), "dateOfBirth");
        assertField(caseworker.post("api/v1/persons", pow(familyName, "KYIV",
                ",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"12\"}]")), "documents[0].number");
        assertField(caseworker.post("api/v1/persons", pow(familyName, "KYIV", "").replace("\"POW\"", "\"CHILD\"")), "dateOfBirth");
        assertField(caseworker.post("api/v1/persons", pow(familyName, "KHARKIV", "")), "office");
        assertField(caseworker.post("api/v1/persons", "{\"category\":"), "body");

        assertEquals(0, caseworker.get(q).json().getInt("total"), "nothing half-saved");
    }

    @Test
    void markupFormulasAndEmojiAreStoredAsTyped() {
        String name = "<script>alert(1)</script>=cmd|' /C calc'!A0 🌻";
        JsonObject person = register("caseworker", pow(name, "KYIV", ""));

        assertEquals(name, Api.at(base).as("caseworker").get("api/v1/persons/" + person.getJsonNumber("id")).json()
                .getString("familyName"));
    }

    @Test
    void caseNumbersStayUniqueWhenManyRegisterAtOnce() throws Exception {
        int people = 40;
        java.util.concurrent.ExecutorService desks = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> numbers = new java.util.ArrayList<>();
            for (int i = 0; i < people; i++) {
                String user = i % 2 == 0 ? "caseworker" : "supervisor";
                numbers.add(desks.submit(() -> register(user, pow(uniqueFamilyName(), "KYIV", "")).getString("caseNumber")));
            }
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (java.util.concurrent.Future<String> number : numbers) {
                distinct.add(number.get());
            }
            assertEquals(people, distinct.size(), distinct.toString());
        } finally {
            desks.shutdownNow();
        }
    }

    private static void assertField(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        List<String> fields = answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains(field), field + " not in " + fields);
        assertFalse(answer.json().getJsonArray("errors").getJsonObject(0).getString("message").isBlank());
    }
}
