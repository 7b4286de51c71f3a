package org.homeward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists imported through the API as a caseworker's script would: each encoding and delimiter read back,
 * likely duplicates named with their explanation (and only within the caller's scope), every bad file
 * refused with the line and field at fault, all-or-nothing writing nothing, the valid rows registered
 * with the list as their source.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    /** A family name no other run has used, in letters Ukrainian and Russian share. */
    static String uniqueFamilyName() {
        String letters = "бвгджзклмнпрстфхцчшщ";
        StringBuilder name = new StringBuilder("Кова");
        for (int i = 0; i < 6; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
            name.append("аеоу".charAt(ThreadLocalRandom.current().nextInt(4)));
        }
        return name.append("ко").toString();
    }

    private JsonObject register(String user, String familyName, String givenName, String office) {
        Api.Answer created = Api.at(base).as(user).post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":%s,"sex":"MALE","dateOfBirth":"1998-04-12",
                 "office":%s}""".formatted(Api.quote(familyName), Api.quote(givenName), Api.quote(office)));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private Api.Answer upload(String user, String source, byte[] file, Map<String, String> more) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("source", source, "category", "POW", "side", "OWN"));
        fields.putAll(more);
        return Api.at(base).as(user).multipart("api/v1/imports", fields, "list.csv", file);
    }

    private static JsonArray rows(JsonObject imported) {
        return imported.getJsonArray("rows");
    }

    private static List<String> fields(JsonObject row) {
        return row.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("field")).toList();
    }

    private long countFound(String familyName) {
        Api.Answer found = Api.at(base).as("hq").get("api/v1/persons?q=" + java.net.URLEncoder.encode(familyName, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.body());
        return found.json().getJsonNumber("total").longValue();
    }

    @Test
    void previewNamesDuplicatesNewRowsAndErrorsThenValidOnlyRegistersTheNewWithTheirSource() {
        String known = uniqueFamilyName();
        String fresh = uniqueFamilyName();
        JsonObject registered = register("caseworker", known, "Олексій", "KYIV");
        String source = "other side's list of 2026-07-23 " + fresh;
        String list = "Прізвище;Ім'я;Стать;Дата народження\n"
                + known + ";Олексій;ч;12.04.1998\n"
                + fresh + ";Андрій;ч;1990-01-15\n"
                + fresh + "ов;Іван;ч;31.02.1990\n"
                + fresh + "ук;Петро;ч;1991-03-03;зайве\n";

        Api.Answer uploaded = upload("caseworker", source, list.getBytes(StandardCharsets.UTF_8), Map.of());

        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject imported = uploaded.json();
        assertEquals("PREVIEWED", imported.getString("state"));
        assertEquals("UTF-8", imported.getString("charset"));
        assertEquals("semicolon", imported.getString("delimiter"));
        assertEquals(List.of(4L, 1L, 1L, 2L), List.of(imported.getJsonNumber("rowsTotal").longValue(),
                imported.getJsonNumber("rowsNew").longValue(), imported.getJsonNumber("rowsDuplicate").longValue(),
                imported.getJsonNumber("rowsError").longValue()));
        JsonObject duplicate = rows(imported).getJsonObject(0);
        assertEquals("DUPLICATE", duplicate.getString("state"));
        assertEquals(2, duplicate.getInt("line"));
        JsonObject of = duplicate.getJsonObject("duplicateOf");
        assertEquals(registered.getString("caseNumber"), of.getString("caseNumber"));
        assertEquals("case " + registered.getString("caseNumber"), of.getString("description"));
        assertFalse(of.getJsonArray("explanation").isEmpty());
        assertEquals("NEW", rows(imported).getJsonObject(1).getString("state"));
        JsonObject impossible = rows(imported).getJsonObject(2);
        assertEquals("ERROR", impossible.getString("state"));
        assertEquals(4, impossible.getInt("line"));
        assertEquals(List.of("dateOfBirth"), fields(impossible));
        assertEquals("31.02.1990 is not a date that exists.",
                impossible.getJsonArray("problems").getJsonObject(0).getString("message"));
        assertEquals(List.of("row"), fields(rows(imported).getJsonObject(3)));
        long id = imported.getJsonNumber("id").longValue();

        Api.Answer errorsOnly = Api.at(base).as("caseworker").get("api/v1/imports/" + id + "?state=ERROR");
        assertEquals(List.of(4, 5), rows(errorsOnly.json()).stream().map(r -> r.asJsonObject().getInt("line")).toList());

        Api.Answer refused = Api.at(base).as("caseworker").post("api/v1/imports/" + id + "/commit", "{\"mode\":\"ALL_OR_NOTHING\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("mode", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, countFound(fresh), "all or nothing with errors writes nothing");

        Api.Answer committed = Api.at(base).as("caseworker").post("api/v1/imports/" + id + "/commit", "{\"mode\":\"VALID_ONLY\"}");
        assertEquals(200, committed.status(), committed.body());
        assertEquals("COMMITTED", committed.json().getString("state"));
        assertEquals(1, committed.json().getJsonNumber("rowsCommitted").longValue());
        assertEquals(100, committed.json().getInt("progress"));
        assertEquals(1, countFound(fresh));
        assertEquals(1, countFound(known), "the likely duplicate is not registered again");
        long personId = rows(committed.json()).getJsonObject(1).getJsonNumber("personId").longValue();
        JsonArray sources = Api.at(base).as("caseworker").get("api/v1/persons/" + personId + "/sources").array();
        assertEquals(source, sources.getJsonObject(0).getString("reference"));
        assertEquals("OTHER_SIDE_LIST", sources.getJsonObject(0).getString("kind"));

        Api.Answer again = Api.at(base).as("caseworker").post("api/v1/imports/" + id + "/commit", "{\"mode\":\"VALID_ONLY\"}");
        assertEquals(400, again.status(), again.body());
        assertEquals(1, countFound(fresh), "a second commit registers no one twice");
    }

    @Test
    void aRowRepeatingAnEarlierRowOfTheSameListIsNamedWithItsRowAndLeftOutOfTheCommit() {
        String twin = uniqueFamilyName();
        StringBuilder list = new StringBuilder("Прізвище;Ім'я;По батькові;Стать;Дата народження\n")
                .append(twin).append(";Олексій;Петрович;ч;12.04.1998\n")
                // Same family name, another man: another given name, born decades apart.
                .append(twin).append(";Іван;;ч;1970-02-02\n");
        List<String> others = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            others.add(uniqueFamilyName());
            list.append(others.get(i)).append(";Андрій;;ч;19").append(60 + i).append("-01-15\n");
        }
        // Line 16, in the preview's second batch (12 rows a batch in the tests): the Russian form, day and month swapped.
        list.append(twin).append(";Алексей;Петрович;ч;1998-12-04\n");

        Api.Answer uploaded = upload("caseworker", "ombudsman list " + twin, list.toString().getBytes(StandardCharsets.UTF_8), Map.of());

        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject imported = uploaded.json();
        assertEquals(List.of(15L, 14L, 1L, 0L), List.of(imported.getJsonNumber("rowsTotal").longValue(),
                imported.getJsonNumber("rowsNew").longValue(), imported.getJsonNumber("rowsDuplicate").longValue(),
                imported.getJsonNumber("rowsError").longValue()));
        long id = imported.getJsonNumber("id").longValue();
        JsonObject repeated = rows(Api.at(base).as("caseworker").get("api/v1/imports/" + id + "?state=DUPLICATE").json()).getJsonObject(0);
        assertEquals(16, repeated.getInt("line"));
        JsonObject of = repeated.getJsonObject("duplicateOf");
        assertEquals(2, of.getInt("line"));
        assertTrue(!of.containsKey("personId") && !of.containsKey("caseNumber") && !of.getBoolean("outsideScope"), of.toString());
        assertEquals("likely the same person as row 2 of this list (only that row is imported)", of.getString("description"));
        assertTrue(of.getInt("score") >= 70, of.toString());
        List<String> explanation = of.getJsonArray("explanation").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertTrue(explanation.contains("given name: Russian form of Олексій"), explanation.toString());
        assertTrue(explanation.contains("born: same year, day and month swapped"), explanation.toString());
        JsonObject inUkrainian = rows(Api.at(base).as("caseworker").in("uk").get("api/v1/imports/" + id + "?state=DUPLICATE").json())
                .getJsonObject(0).getJsonObject("duplicateOf");
        assertEquals("імовірно та сама особа, що й у рядку 2 цього списку (імпортується лише той рядок)",
                inUkrainian.getString("description"));

        Api.Answer committed = Api.at(base).as("caseworker").post("api/v1/imports/" + id + "/commit", "{\"mode\":\"ALL_OR_NOTHING\"}");

        assertEquals(200, committed.status(), committed.body());
        assertEquals(14, committed.json().getJsonNumber("rowsCommitted").longValue());
        assertEquals(2, countFound(twin), "Олексій once (not again as Алексей) and the other man of his family name");
        assertEquals(1, countFound(others.get(11)));
    }

    @Test
    void allOrNothingRegistersEveryRowOfACleanList() {
        String first = uniqueFamilyName();
        String second = uniqueFamilyName();
        String list = "family name,given name,sex,date of birth\n" + first + ",Olena,f,1980-05-05\n" + second + ",Ivan,m,1979\n";
        long id = upload("supervisor", "ICRC notification " + first, list.getBytes(StandardCharsets.UTF_8), Map.of())
                .json().getJsonNumber("id").longValue();

        Api.Answer committed = Api.at(base).as("supervisor").post("api/v1/imports/" + id + "/commit", "{\"mode\":\"ALL_OR_NOTHING\"}");

        assertEquals(200, committed.status(), committed.body());
        assertEquals(2, committed.json().getJsonNumber("rowsCommitted").longValue());
        assertEquals(1, countFound(first));
        assertEquals(1, countFound(second));
    }

    private long move(long personId, String to) {
        Api.Answer moved = Api.at(base).as("hq").post("api/v1/persons/" + personId + "/transitions", "{\"to\":\"" + to + "\"}");
        assertEquals(201, moved.status(), moved.body());
        return personId;
    }

    private long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private long round(String name) {
        Api.Answer round = Api.at(base).as("hq").post("api/v1/rounds", """
                {"name":%s,"type":"POW_EXCHANGE","venue":"Istanbul","talksDate":"2026-07-23"}""".formatted(Api.quote(name)));
        assertEquals(201, round.status(), round.body());
        return id(round.json());
    }

    private List<Long> nominated(long round) {
        Api.Answer list = Api.at(base).as("hq").get("api/v1/rounds/" + round + "/nominations");
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("nominations").stream()
                .map(n -> n.asJsonObject().getJsonNumber("personId").longValue()).sorted().toList();
    }

    private String status(long personId) {
        return Api.at(base).as("hq").get("api/v1/persons/" + personId).json().getString("status");
    }

    private static String commitOnto(Object round) {
        return "{\"mode\":\"VALID_ONLY\",\"roundId\":" + round + "}";
    }

    /** The rows of an import by line: each row's nomination, or null. */
    private Map<Integer, JsonObject> nominationsByLine(String user, String language, long importId) {
        Map<Integer, JsonObject> byLine = new java.util.TreeMap<>();
        for (var row : rows(Api.at(base).as(user).in(language).get("api/v1/imports/" + importId).json())) {
            JsonObject nomination = row.asJsonObject().getJsonObject("nomination");
            byLine.put(row.asJsonObject().getInt("line"), nomination);
        }
        return byLine;
    }

    @Test
    void aSupervisorCommittingOntoARoundNominatesTheRegisteredPeopleTheRoundMayTakeAndSaysWhyNotForTheOthers() {
        String verified1 = uniqueFamilyName();
        String verified2 = uniqueFamilyName();
        String located = uniqueFamilyName();
        String elsewhere = uniqueFamilyName();
        String twice = uniqueFamilyName();
        String fresh1 = uniqueFamilyName();
        String fresh2 = uniqueFamilyName();
        long first = move(move(id(register("caseworker", verified1, "Олексій", "KYIV")), "LOCATED"), "VERIFIED");
        long second = move(move(id(register("caseworker", verified2, "Андрій", "KYIV")), "LOCATED"), "VERIFIED");
        long onlyLocated = move(id(register("caseworker", located, "Микола", "KYIV")), "LOCATED");
        long onOtherRound = move(move(id(register("caseworker", elsewhere, "Юрій", "KYIV")), "LOCATED"), "VERIFIED");
        long twinA = move(move(id(register("caseworker", twice, "Петро", "KYIV")), "LOCATED"), "VERIFIED");
        long twinB = move(move(id(register("caseworker", twice, "Петро", "KYIV")), "LOCATED"), "VERIFIED");
        String otherName = "Other round for " + elsewhere;
        long other = round(otherName);
        assertEquals(201, Api.at(base).as("hq").post("api/v1/rounds/" + other + "/nominations",
                "{\"personId\":" + onOtherRound + "}").status());
        long round = round("Istanbul talks for " + verified1);
        String list = "Прізвище;Ім'я;Стать;Дата народження\n"
                + verified1 + ";Олексій;ч;12.04.1998\n"
                + verified2 + ";Андрій;ч;12.04.1998\n"
                + located + ";Микола;ч;12.04.1998\n"
                + elsewhere + ";Юрій;ч;12.04.1998\n"
                + twice + ";Петро;ч;12.04.1998\n"
                + fresh1 + ";Іван;ч;1990-01-15\n"
                + fresh2 + ";Степан;ч;1991-02-16\n";
        byte[] file = list.getBytes(StandardCharsets.UTF_8);

        // A caseworker proposes people one by one: a whole list onto a round is refused, naming the round, nothing written.
        long theirs = id(upload("caseworker", "other side's list " + fresh1, file, Map.of()).json());
        Api.Answer caseworker = Api.at(base).as("caseworker").post("api/v1/imports/" + theirs + "/commit", commitOnto(round));
        assertEquals(400, caseworker.status(), caseworker.body());
        assertEquals("roundId", caseworker.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(caseworker.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("supervisor"),
                caseworker.body());
        assertEquals("PREVIEWED", Api.at(base).as("caseworker").get("api/v1/imports/" + theirs).json().getString("state"));

        Api.Answer uploaded = upload("hq", "other side's list of 2026-07-23 " + fresh1, file, Map.of());
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals(5, uploaded.json().getJsonNumber("rowsDuplicate").longValue(), uploaded.body());
        long id = id(uploaded.json());
        Api.Answer unknown = Api.at(base).as("hq").post("api/v1/imports/" + id + "/commit", commitOnto(999_999_999L));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("roundId", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"), unknown.body());
        assertEquals("There is no round 999999999.", unknown.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(0, countFound(fresh1), "nothing written for a caseworker or an unknown round");
        assertEquals(List.of(), nominated(round));
        assertEquals("VERIFIED", status(first));

        Api.Answer committed = Api.at(base).as("hq").post("api/v1/imports/" + id + "/commit", commitOnto(round));

        assertEquals(200, committed.status(), committed.body());
        JsonObject done = committed.json();
        assertEquals("COMMITTED", done.getString("state"));
        assertEquals(2, done.getJsonNumber("rowsCommitted").longValue());
        assertEquals(round, done.getJsonNumber("roundId").longValue());
        assertEquals(2, done.getJsonNumber("rowsNominated").longValue(), done.toString());
        assertEquals(3, done.getJsonNumber("rowsNotNominated").longValue(), done.toString());
        assertEquals(List.of(first, second).stream().sorted().toList(), nominated(round));
        assertEquals(List.of("NOMINATED", "NOMINATED", "LOCATED", "VERIFIED", "VERIFIED"),
                List.of(status(first), status(second), status(onlyLocated), status(twinA), status(twinB)));
        assertEquals(List.of(onOtherRound), nominated(other), "still on the other round only");

        Map<Integer, JsonObject> outcomes = nominationsByLine("hq", "en", id);
        assertTrue(outcomes.get(2).getBoolean("nominated") && outcomes.get(3).getBoolean("nominated"), outcomes.toString());
        assertEquals("Nominated to the round.", outcomes.get(2).getString("message"));
        for (int line : List.of(4, 5, 6, 7, 8)) {
            assertFalse(outcomes.get(line).getBoolean("nominated"), line + ": " + outcomes);
        }
        assertTrue(outcomes.get(4).getString("message").contains("LOCATED"), outcomes.get(4).toString());
        assertTrue(outcomes.get(5).getString("message").contains(otherName), outcomes.get(5).toString());
        assertTrue(outcomes.get(6).getString("message").contains("more than one registered case"), outcomes.get(6).toString());
        assertTrue(outcomes.get(7).getString("message").contains("not nominated"), outcomes.get(7).toString());
        for (int line : List.of(7, 8)) {
            long registered = rows(done).getJsonObject(line - 2).getJsonNumber("personId").longValue();
            assertEquals("REPORTED", status(registered));
        }
        Map<Integer, JsonObject> inUkrainian = nominationsByLine("hq", "uk", id);
        assertEquals("Номіновано до раунду.", inUkrainian.get(2).getString("message"));
        assertTrue(inUkrainian.get(4).getString("message").contains("LOCATED")
                && inUkrainian.get(4).getString("message").contains("верифікованих"), inUkrainian.get(4).toString());
        assertTrue(inUkrainian.get(5).getString("message").contains("іншого відкритого раунду"), inUkrainian.get(5).toString());

        Api.Answer again = Api.at(base).as("hq").post("api/v1/imports/" + id + "/commit", commitOnto(round));
        assertEquals(400, again.status(), again.body());
        assertEquals(List.of(first, second).stream().sorted().toList(), nominated(round), "nobody nominated twice");
        assertEquals(1, countFound(fresh1));
        assertEquals(2, Api.at(base).as("hq").get("api/v1/imports/" + id).json().getJsonNumber("rowsNominated").longValue());
    }

    @Test
    void aVerifiedCaseOutsideTheSupervisorsOfficesIsNotNominatedAndTheRowSaysSo() {
        String kharkiv = uniqueFamilyName();
        long theirs = move(move(id(register("caseworker2", kharkiv, "Богдан", "KHARKIV")), "LOCATED"), "VERIFIED");
        long round = round("Round for " + kharkiv);
        String list = "family name,given name,sex,date of birth\n" + kharkiv + ",Богдан,m,1998-04-12\n";
        long id = id(upload("supervisor", "ICRC notification " + kharkiv, list.getBytes(StandardCharsets.UTF_8), Map.of()).json());

        Api.Answer committed = Api.at(base).as("supervisor").post("api/v1/imports/" + id + "/commit", commitOnto(round));

        assertEquals(200, committed.status(), committed.body());
        assertEquals(0, committed.json().getJsonNumber("rowsNominated").longValue());
        assertEquals(1, committed.json().getJsonNumber("rowsNotNominated").longValue());
        JsonObject nomination = rows(committed.json()).getJsonObject(0).getJsonObject("nomination");
        assertFalse(nomination.getBoolean("nominated"));
        assertTrue(nomination.getString("message").contains("outside your offices"), nomination.toString());
        assertEquals(List.of(), nominated(round));
        assertEquals("VERIFIED", status(theirs));
    }

    @Test
    void aClosedRoundIsRefusedBeforeAnythingIsWritten() {
        String family = uniqueFamilyName();
        long round = round("Cancelled round for " + family);
        Api.Answer cancelled = Api.at(base).as("hq").post("api/v1/rounds/" + round + "/status",
                "{\"to\":\"CANCELLED\",\"reason\":\"talks called off\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        String list = "family name,given name,sex,date of birth\n" + family + ",Petro,m,1985-03-03\n";
        long id = id(upload("hq", "other side's list " + family, list.getBytes(StandardCharsets.UTF_8), Map.of()).json());

        for (String language : List.of("en", "uk")) {
            Api.Answer refused = Api.at(base).as("hq").in(language).post("api/v1/imports/" + id + "/commit", commitOnto(round));
            assertEquals(400, refused.status(), refused.body());
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("roundId", error.getString("field"));
            assertTrue(error.getString("message").contains("CANCELLED"), error.toString());
            assertFalse(error.getString("message").contains("{") || error.getString("message").startsWith("???"), error.toString());
        }
        assertEquals("PREVIEWED", Api.at(base).as("hq").get("api/v1/imports/" + id).json().getString("state"));
        assertEquals(0, countFound(family), "nothing written");
    }

    @Test
    void aDuplicateOutsideTheCallersScopeIsNotNamed() {
        String familyName = uniqueFamilyName();
        register("caseworker2", familyName, "Микола", "KHARKIV");
        String list = "Прізвище,Ім'я,Стать,Дата народження\n" + familyName + ",Микола,ч,1998-04-12\n";

        JsonObject row = rows(upload("caseworker", "ombudsman list " + familyName, list.getBytes(StandardCharsets.UTF_8),
                Map.of()).json()).getJsonObject(0);

        assertEquals("DUPLICATE", row.getString("state"), row.toString());
        JsonObject of = row.getJsonObject("duplicateOf");
        assertTrue(of.getBoolean("outsideScope"));
        assertFalse(of.containsKey("caseNumber") && !of.isNull("caseNumber"), of.toString());
        assertFalse(of.containsKey("personId") && !of.isNull("personId"), of.toString());
        assertEquals("a case outside your scope", of.getString("description"));
    }

    @Test
    void russianListsInWindows1251AndKoi8AreFoundAndReadAsWritten() {
        for (String encoding : List.of("windows-1251", "KOI8-U")) {
            String familyName = uniqueFamilyName();
            String list = "Фамилия\tИмя\tОтчество\tПол\tДата рождения\n" + familyName + "\tАлексей\tПетрович\tм\t12.04.1998\n"
                    + familyName + "\tНиколай\tСергеевич\tм\t1990-01-15\n";

            Api.Answer uploaded = upload("caseworker", "other side's list " + encoding, list.getBytes(Charset.forName(encoding)), Map.of());

            assertEquals(201, uploaded.status(), uploaded.body());
            assertEquals(encoding, uploaded.json().getString("charset"));
            assertEquals("tab", uploaded.json().getString("delimiter"));
            assertEquals(List.of(familyName, "Николай", "Сергеевич", "м", "1990-01-15"),
                    rows(uploaded.json()).getJsonObject(1).getJsonArray("cells").getValuesAs(jakarta.json.JsonString::getString));
        }
    }

    @Test
    void badFilesAreRefusedNamingTheFileOrTheLine() {
        Api.Answer binary = upload("caseworker", "bad", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, Map.of());
        assertEquals(400, binary.status(), binary.body());
        assertEquals("file", binary.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("This is not a text file: a list must be a CSV file.",
                binary.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        Api.Answer noFamilyName = upload("caseworker", "bad", "given name,sex\nOleksii,m\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(400, noFamilyName.status(), noFamilyName.body());
        assertTrue(noFamilyName.body().contains("familyName"), noFamilyName.body());

        byte[] windows = "Прізвище;Ім'я\nШевченко;Олексій\n".getBytes(Charset.forName("windows-1251"));
        Api.Answer wrongEncoding = upload("caseworker", "bad", windows, Map.of("charset", "UTF-8"));
        assertEquals(400, wrongEncoding.status(), wrongEncoding.body());
        assertEquals("The file is not written in UTF-8: choose another encoding, or let it be found.",
                wrongEncoding.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        String familyName = uniqueFamilyName();
        String open = "family name,given name,sex\n" + familyName + ",Oleksii,m\n\"" + familyName + "a,Hanna,f\n" + familyName + "b,Ivan,m\n";
        Api.Answer quote = upload("caseworker", "open quote " + familyName, open.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(201, quote.status(), quote.body());
        JsonObject stopped = rows(quote.json()).getJsonObject(1);
        assertEquals(3, stopped.getInt("line"));
        assertEquals("ERROR", stopped.getString("state"));
        Api.Answer allOrNothing = Api.at(base).as("caseworker").post(
                "api/v1/imports/" + quote.json().getJsonNumber("id").longValue() + "/commit", "{\"mode\":\"ALL_OR_NOTHING\"}");
        assertEquals(400, allOrNothing.status());
        assertEquals(0, countFound(familyName), "nothing written when all or nothing was asked");

        Api.Answer noSource = upload("caseworker", " ", "family name,sex\nX,m\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(400, noSource.status());
        assertEquals("source", noSource.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aFileOverTheLimitIsRefusedFromItsLength() {
        byte[] large = new byte[21 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');

        Api.Answer refused = upload("caseworker", "too large", large, Map.of());

        assertEquals(413, refused.status(), refused.body().length() > 300 ? refused.body().substring(0, 300) : refused.body());
        assertEquals("The file is larger than 20 MB, the largest list accepted.", refused.json().getString("message"));
    }

    @Test
    void aMappingSavedForASourceIsUsedForItsNextList() {
        String familyName = uniqueFamilyName();
        String source = "ICRC note " + familyName;
        String list = "Surname given by ICRC,Forename,Sex\n" + familyName + ",Oleksii,m\n";

        Api.Answer first = upload("caseworker", source + " of 2026-07-01", list.getBytes(StandardCharsets.UTF_8),
                Map.of("mapping", "{\"familyName\":\"Surname given by ICRC\",\"givenName\":\"Forename\"}", "saveMapping", "true"));
        assertEquals(201, first.status(), first.body());
        Api.Answer next = upload("caseworker", source + " of 2026-08-01", list.getBytes(StandardCharsets.UTF_8), Map.of());

        assertEquals(201, next.status(), next.body());
        assertEquals("Surname given by ICRC", next.json().getJsonObject("mapping").getString("familyName"));
        assertEquals("Forename", next.json().getJsonObject("mapping").getString("givenName"));
    }

    @Test
    void onlyCaseworkersAndSupervisorsImportAndEachSeesOnlyTheirOwn() {
        byte[] list = ("family name,sex\n" + uniqueFamilyName() + ",f\n").getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("partner", "auditor", "admin")) {
            assertEquals(403, upload(user, "x", list, Map.of()).status(), user);
        }
        long id = upload("caseworker", "mine", list, Map.of()).json().getJsonNumber("id").longValue();

        assertEquals(404, Api.at(base).as("caseworker2").get("api/v1/imports/" + id).status());
        assertEquals(404, Api.at(base).as("caseworker2").post("api/v1/imports/" + id + "/commit", "{\"mode\":\"VALID_ONLY\"}").status());
        assertEquals(200, Api.at(base).as("caseworker").get("api/v1/imports/" + id).status());
    }
}
