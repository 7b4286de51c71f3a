package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.imports.ImportBenchmark;
import org.homeward.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Writers on both nodes at once, each straight at its node (past the balancer, so that both really
 * write): what the database guarantees holds across servers. Run by src/test/cluster/run.sh.
 */
class ClusterWriters {

    private static Api on(int node, String user) {
        return Api.at(TwoNodes.node(node)).as(user);
    }

    private static long registered(int node, String familyName) {
        Api.Answer created = on(node, "caseworker").post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"sex":"MALE","office":"KYIV"}""".formatted(Api.quote(familyName)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void caseNumbersRegisteredOnBothNodesAtOnceAreUnique() throws Exception {
        List<Callable<Api.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int node = 1 + i % 2;
            calls.add(() -> on(node, "caseworker").post("api/v1/persons",
                    "{\"category\":\"POW\",\"side\":\"OWN\",\"familyName\":\"Кравчук\",\"sex\":\"MALE\",\"office\":\"KYIV\"}"));
        }
        Set<String> numbers = new HashSet<>();
        for (Api.Answer created : Api.together(calls)) {
            assertEquals(201, created.status(), created.body());
            numbers.add(created.json().getString("caseNumber"));
        }
        assertEquals(40, numbers.size(), numbers.toString());
    }

    @Test
    void ofTwoEditsOfOneCaseOnTwoNodesAtOnceOneIsRefusedAsAConflict() throws Exception {
        long person = registered(1, "Мельник");
        JsonObject read = on(1, "caseworker").get("api/v1/persons/" + person).json();
        List<Api.Answer> answers = Api.together(List.of(
                () -> on(1, "caseworker").put("api/v1/persons/" + person, edited(read, "Ігор")),
                () -> on(2, "caseworker").put("api/v1/persons/" + person, edited(read, "Петро"))));

        assertEquals(List.of(200, 409), answers.stream().map(Api.Answer::status).sorted().toList(), answers.toString());
        String kept = on(2, "caseworker").get("api/v1/persons/" + person).json().getString("givenName");
        Api.Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        assertEquals(winner.json().getString("givenName"), kept);
    }

    private static String edited(JsonObject read, String givenName) {
        return Json.createObjectBuilder(read).add("givenName", givenName).build().toString();
    }

    @Test
    void anExchangeRecordedOnBothNodesAtOnceIsRecordedOnce() throws Exception {
        Api.Answer created = on(1, "hq").post("api/v1/rounds", """
                {"name":%s,"type":"POW_EXCHANGE","venue":"Istanbul","talksDate":"2026-07-23",
                 "quotas":[{"category":"POW","side":"OWN","count":3},{"category":"POW","side":"HELD","count":3}]}"""
                .formatted(Api.quote("Two-node exchange " + System.nanoTime())));
        assertEquals(201, created.status(), created.body());
        long round = created.json().getJsonNumber("id").longValue();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Api.Answer person = on(1 + i % 2, "caseworker").post("api/v1/persons", """
                    {"category":"POW","side":"%s","familyName":"Бондаренко","sex":"MALE","office":"KYIV"}"""
                    .formatted(i % 2 == 0 ? "OWN" : "HELD"));
            long id = person.json().getJsonNumber("id").longValue();
            assertEquals(201, on(2, "caseworker").post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\"}").status());
            assertEquals(201, on(1, "caseworker").post("api/v1/persons/" + id + "/transitions", "{\"to\":\"VERIFIED\"}").status());
            Api.Answer listed = on(2, "hq").post("api/v1/rounds/" + round + "/nominations", "{\"personId\":" + id + "}");
            assertEquals(201, listed.status(), listed.body());
            assertEquals(200, on(1, "hq").put("api/v1/rounds/" + round + "/nominations/" + listed.json().getJsonNumber("id"),
                    "{\"outcome\":\"ACCEPTED\"}").status());
            people.add(id);
        }
        assertEquals(200, on(1, "hq").post("api/v1/rounds/" + round + "/status", "{\"to\":\"NEGOTIATING\"}").status());
        assertEquals(200, on(2, "hq").post("api/v1/rounds/" + round + "/status", "{\"to\":\"AGREED\"}").status());
        long version = on(2, "hq").get("api/v1/rounds/" + round).json().getJsonNumber("version").longValue();
        String exchange = "{\"version\":" + version + ",\"exchangeDate\":\"2026-07-25\"}";

        List<Api.Answer> answers = Api.together(List.of(
                () -> on(1, "hq").post("api/v1/rounds/" + round + "/exchange", exchange),
                () -> on(2, "hq").post("api/v1/rounds/" + round + "/exchange", exchange)));

        assertEquals(List.of(200, 409), answers.stream().map(Api.Answer::status).sorted().toList(), answers.toString());
        for (long person : people) {
            List<String> moves = on(1 + (int) (person % 2), "hq").get("api/v1/persons/" + person + "/history").array()
                    .getValuesAs(JsonValue::asJsonObject).stream().map(entry -> entry.getString("to")).toList();
            assertEquals(1, moves.stream().filter("REPATRIATED"::equals).count(), "person " + person + ": " + moves);
        }
    }

    @Test
    void theAuditChainsWrittenFromBothNodesVerifyIntactOnEither() throws Exception {
        for (int i = 0; i < 6; i++) {
            registered(1 + i % 2, "Ткаченко");
        }
        // Each node's notary seals every five seconds, taking turns on the chain's head row.
        for (int node = 1; node <= 2; node++) {
            JsonObject verified = on(node, "auditor").get("api/v1/audit/verify").json();
            for (int i = 0; i < 30 && !verified.getBoolean("intact"); i++) {
                Thread.sleep(1000);
                verified = on(node, "auditor").get("api/v1/audit/verify").json();
            }
            assertTrue(verified.getBoolean("intact"), "node" + node + ": " + verified);
            assertTrue(verified.getJsonNumber("checked").longValue() > 0, verified.toString());
        }
    }

    @Test
    void aBackgroundExportQueuedOnOneNodeRunsOnceAndReportsOnTheOther() throws Exception {
        Api.Answer accepted = on(1, "partner").post("api/v1/exports",
                "{\"profile\":\"PARTNER_MINIMAL\",\"filters\":{},\"purpose\":\"Two-node run\",\"background\":true}");
        assertEquals(202, accepted.status(), accepted.body());
        String path = "api/v1/exports/" + accepted.json().getJsonNumber("id");

        JsonObject job = on(2, "partner").get(path).json();
        for (int i = 0; i < 120 && !List.of("DONE", "FAILED").contains(job.getString("state")); i++) {
            Thread.sleep(500);
            job = on(1 + i % 2, "partner").get(path).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(100, job.getInt("progress"));
        Api.FileAnswer file = on(2, "partner").file("GET", path + "/file", null);
        assertEquals(200, file.status());
        // One record per row written: a job run twice over would have written its rows twice.
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(file.text())).getRecords();
        assertEquals(job.getJsonNumber("rowsWritten").longValue(), records.size());
        assertTrue(records.size() > 0, "the demo data has partner-shareable cases");
    }

    @Test
    void aListUploadedOnOneNodeIsCommittedOnceWhenBothAreAskedAndIsFollowedOnEither() throws Exception {
        String source = "Two-node list " + System.nanoTime();
        // More rows than are written at once (ImportSettings.BACKGROUND_ABOVE): the commit is a background job.
        Api.Answer uploaded = on(1, "caseworker").multipart("api/v1/imports",
                Map.of("source", source, "category", "POW", "side", "OWN", "receivedOn", LocalDate.now().toString()),
                "two-nodes.csv", ImportBenchmark.list(3_000, new Random(20261130)));
        assertEquals(202, uploaded.status(), uploaded.body());
        String path = "api/v1/imports/" + uploaded.json().getJsonNumber("id");
        JsonObject previewed = followed(path, "PREVIEWING");
        assertEquals("PREVIEWED", previewed.getString("state"), previewed.toString());
        long rowsNew = previewed.getJsonNumber("rowsNew").longValue();
        assertTrue(rowsNew > 2_000, "a list large enough for the background: " + rowsNew);

        String commit = "{\"mode\":\"VALID_ONLY\"}";
        List<Api.Answer> answers = Api.together(List.of(
                () -> on(1, "caseworker").post(path + "/commit", commit),
                () -> on(2, "caseworker").post(path + "/commit", commit)));
        List<Integer> statuses = answers.stream().map(Api.Answer::status).sorted().toList();
        assertEquals(200, statuses.get(0), answers.toString());
        assertEquals(400, statuses.get(1), "the second commit is refused: " + answers);
        assertTrue(answers.stream().anyMatch(a -> a.body().contains("already")), answers.toString());

        JsonObject committed = followed(path, "COMMITTING");
        assertEquals("COMMITTED", committed.getString("state"), committed.toString());
        assertEquals(rowsNew, committed.getJsonNumber("rowsCommitted").longValue());
        // Run once: one person per new row, each with the list as its source once.
        assertEquals(rowsNew, ClusterDatabase.number("select count(*) from information_source where reference = ?", source));
        assertEquals(rowsNew, ClusterDatabase.number("select count(distinct person_id) from information_source where reference = ?", source));
    }

    /** Follows a list's import while it is in {@code state}, asking the two nodes in turn; its last answer. */
    private static JsonObject followed(String path, String state) throws InterruptedException {
        JsonObject answer = on(2, "caseworker").get(path + "?size=1").json();
        for (int i = 0; answer.getString("state").equals(state) && i < 300; i++) {
            Thread.sleep(500);
            answer = on(1 + i % 2, "caseworker").get(path + "?size=1").json();
        }
        return answer;
    }

    @Test
    void aDuplicateScanAskedOfBothNodesRunsOnceAndIsFollowedOnEither() throws Exception {
        List<Api.Answer> started = Api.together(List.of(
                () -> on(1, "hq").post("api/v1/duplicate-scans", "{}"),
                () -> on(2, "hq").post("api/v1/duplicate-scans", "{}")));
        for (Api.Answer answer : started) {
            assertEquals(202, answer.status(), answer.body());
        }
        List<Long> ids = started.stream().map(a -> a.json().getJsonNumber("id").longValue()).distinct().sorted().toList();
        List<JsonObject> scans = new ArrayList<>();
        for (long id : ids) {
            JsonObject scan = on(2, "hq").get("api/v1/duplicate-scans/" + id).json();
            for (int i = 0; "RUNNING".equals(scan.getString("state")) && i < 300; i++) {
                Thread.sleep(500);
                scan = on(1 + i % 2, "hq").get("api/v1/duplicate-scans/" + id).json();
            }
            assertEquals("DONE", scan.getString("state"), scan.toString());
            assertEquals(100, scan.getInt("percent"));
            // Every page read once: a scan run on both nodes would have counted its people twice.
            assertEquals(scan.getJsonNumber("total").longValue(), scan.getJsonNumber("done").longValue(), scan.toString());
            scans.add(scan);
        }
        // Asked at once, both nodes answer with the one scan, unless the first had already ended when the
        // second was asked: never two at the same time.
        if (scans.size() == 2) {
            assertTrue(!Instant.parse(scans.get(1).getString("startedAt")).isBefore(Instant.parse(scans.get(0).getString("finishedAt"))),
                    "two scans ran at once: " + scans);
        }
    }
}
