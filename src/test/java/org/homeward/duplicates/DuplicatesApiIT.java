package org.homeward.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.DirectDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.homeward.matching.Threshold;

/**
 * The duplicates queue through the API: what registration queues, a merge that loses nothing, the merges
 * refused, a dismissal that outlives a scan, and the scan's progress. Relies only on what any decent
 * matcher finds: identical names, sex and exact date of birth are a likely match, entirely different
 * names are not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicatesApiIT {

    /** The parts of a case a merge moves, by the API list that shows them. */
    private static final String[] PARTS = {"notes", "tasks", "sources", "links", "events", "history"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private Api as(String user) {
        return Api.at(base).as(user);
    }

    /** A family name no other test run has used: letters only, as names are. */
    private static String uniqueFamilyName() {
        StringBuilder name = new StringBuilder("Дубл");
        String letters = "абвгдежзиклмнопрстуфхцчшю";
        for (int i = 0; i < 8; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return name.toString();
    }

    private long register(String user, String familyName, String side, String extra) {
        return register(user, "KYIV", familyName, "Олексій", side, extra);
    }

    private long register(String user, String office, String familyName, String givenName, String side, String extra) {
        Api.Answer created = as(user).post("api/v1/persons", """
                {"category":"POW","side":"%s","familyName":%s,"givenName":%s,"sex":"MALE",
                 "dateOfBirth":"1991-04-12","office":%s%s}""".formatted(side, Api.quote(familyName), Api.quote(givenName),
                Api.quote(office), extra));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** The pairs of the queue holding this person, in that state. */
    private JsonArray pairsOf(long personId, String state) {
        Api.Answer queue = as("hq").get("api/v1/duplicates?person=" + personId + "&state=" + state);
        assertEquals(200, queue.status(), queue.body());
        return queue.json().getJsonArray("items");
    }

    private JsonObject onlyPair(long one, long other) {
        JsonArray pairs = pairsOf(one, "OPEN");
        assertEquals(1, pairs.size(), pairs.toString());
        JsonObject pair = pairs.getJsonObject(0);
        assertEquals(Math.min(one, other), pair.getJsonObject("lower").getJsonNumber("personId").longValue());
        assertEquals(Math.max(one, other), pair.getJsonObject("higher").getJsonNumber("personId").longValue());
        return pair;
    }

    private Map<String, Integer> counts(long personId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String part : PARTS) {
            Api.Answer list = as("hq").get("api/v1/persons/" + personId + "/" + part);
            assertEquals(200, list.status(), part + ": " + list.body());
            counts.put(part, list.array().size());
        }
        counts.put("documents", as("hq").get("api/v1/persons/" + personId).json().getJsonArray("documents").size());
        return counts;
    }

    /** The entries of a case's history about one kind of part, newest first. */
    private List<JsonObject> changes(long personId, String part) {
        Api.Answer history = as("hq").get("api/v1/persons/" + personId + "/changes");
        assertEquals(200, history.status(), history.body());
        return history.json().getJsonArray("changes").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("part").equals(part)).toList();
    }

    private void addParts(long personId, String tag) {
        Api caseworker = as("caseworker");
        long source = caseworker.post("api/v1/persons/" + personId + "/sources",
                "{\"kind\":\"ICRC_NOTIFICATION\",\"receivedOn\":\"2026-03-02\",\"reliability\":\"CONFIRMED\",\"reference\":\"ICRC " + tag + "\"}")
                .json().getJsonNumber("id").longValue();
        assertEquals(201, caseworker.post("api/v1/persons/" + personId + "/notes", "{\"text\":\"note " + tag + "\"}").status());
        assertEquals(201, caseworker.post("api/v1/persons/" + personId + "/tasks",
                "{\"description\":\"call the family " + tag + "\",\"dueOn\":\"2027-01-01\"}").status());
        assertEquals(201, caseworker.post("api/v1/persons/" + personId + "/links",
                "{\"relation\":\"MOTHER\",\"contactName\":\"Mother " + tag + "\",\"contactDetails\":\"+380 44 000 0000\",\"toBeInformed\":true}").status());
        Api.Answer event = caseworker.post("api/v1/persons/" + personId + "/events",
                "{\"kind\":\"CAPTURE\",\"date\":\"2025-02\",\"place\":\"Camp " + tag + "\",\"sourceId\":" + source + "}");
        assertEquals(201, event.status(), event.body());
    }

    private void move(long personId, String to) {
        Api.Answer moved = as("caseworker").post("api/v1/persons/" + personId + "/transitions", "{\"to\":\"" + to + "\"}");
        assertEquals(201, moved.status(), moved.body());
    }

    private Api.Answer merge(JsonObject pair, long survivor, long lowerVersion, long higherVersion, String fields) {
        return as("hq").post("api/v1/duplicates/" + pair.getJsonNumber("id") + "/merge",
                "{\"survivorId\":" + survivor + ",\"lowerVersion\":" + lowerVersion + ",\"higherVersion\":" + higherVersion
                        + ",\"takeFromOther\":[" + fields + "]}");
    }

    private static long version(JsonObject comparison, String which) {
        return comparison.getJsonObject(which).getJsonNumber("version").longValue();
    }

    @Test
    void registeringTheSamePersonTwiceQueuesThePairAndADifferentNameDoesNot() {
        String family = uniqueFamilyName();
        long first = register("caseworker", family, "OWN", "");
        long second = register("caseworker", family, "OWN", "");
        long other = register("caseworker", "KYIV", uniqueFamilyName(), "Мирослав", "OWN", "");

        JsonObject pair = onlyPair(first, second);
        assertTrue(pair.getInt("score") >= Threshold.LIKELY, pair.toString());
        assertFalse(pair.getJsonArray("explanation").isEmpty(), "the supervisor reads why");
        assertFalse(pair.getJsonArray("explanation").getString(0).startsWith("???"), pair.toString());
        assertEquals(0, pairsOf(other, "OPEN").size(), "different names are not a duplicate");

        JsonObject comparison = as("hq").get("api/v1/duplicates/" + pair.getJsonNumber("id")).json();
        assertTrue(comparison.getJsonArray("fields").stream().map(JsonObject.class::cast)
                .filter(f -> f.getString("field").equals("FAMILY_NAME"))
                .allMatch(f -> !f.getBoolean("differs") && f.getString("lowerValue").equals(family)), comparison.toString());
        assertEquals(403, as("caseworker").get("api/v1/duplicates").status());
        assertEquals(403, as("caseworker").get("api/v1/duplicates/" + pair.getJsonNumber("id")).status());
    }

    @Test
    void anOfficeSupervisorSeesThePairsOfTheirOfficeOnly() {
        String family = uniqueFamilyName();
        long kyiv = register("caseworker", family, "OWN", "");
        long kharkiv = register("caseworker2", "KHARKIV", family, "Олексій", "OWN", "");
        JsonObject pair = onlyPair(kyiv, kharkiv);
        assertEquals(403, as("supervisor").get("api/v1/duplicates/" + pair.getJsonNumber("id")).status());
        assertEquals(403, as("supervisor").post("api/v1/duplicates/" + pair.getJsonNumber("id") + "/dismiss", "").status());
        Api.Answer kyivQueue = as("supervisor").get("api/v1/duplicates?person=" + kyiv);
        assertEquals(200, kyivQueue.status(), kyivQueue.body());
        assertEquals(0, kyivQueue.json().getJsonArray("items").size(), "the Kharkiv record is outside the Kyiv office");
    }

    @Test
    void aMergeMovesEveryPartToTheSurvivorAndClosesTheOtherAsItsDuplicate() {
        String family = uniqueFamilyName();
        long survivor = register("caseworker", family, "OWN",
                ",\"placeOfBirth\":\"Київ\",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"ЮЯ " + (100000 + ThreadLocalRandom.current().nextInt(899999)) + "\"}]");
        long duplicate = register("caseworker", family, "OWN",
                ",\"placeOfBirth\":\"Житомир\",\"documents\":[{\"type\":\"MILITARY_ID\",\"number\":\"АБ " + (100000 + ThreadLocalRandom.current().nextInt(899999)) + "\"}]");
        addParts(survivor, "one");
        addParts(duplicate, "two");
        addParts(duplicate, "three");
        move(survivor, "LOCATED");
        move(duplicate, "LOCATED");
        move(duplicate, "VERIFIED");
        Map<String, Integer> survivorBefore = counts(survivor);
        Map<String, Integer> duplicateBefore = counts(duplicate);
        long document = changes(duplicate, "IdentityDocument").get(0).getJsonNumber("partId").longValue();
        JsonObject pair = onlyPair(survivor, duplicate);
        JsonObject comparison = as("hq").get("api/v1/duplicates/" + pair.getJsonNumber("id")).json();
        assertTrue(comparison.getJsonArray("fields").stream().map(JsonObject.class::cast)
                .anyMatch(f -> f.getString("field").equals("PLACE_OF_BIRTH") && f.getBoolean("differs")), comparison.toString());

        Api.Answer merged = merge(pair, survivor, version(comparison, "lower"), version(comparison, "higher"), "\"PLACE_OF_BIRTH\"");

        assertEquals(200, merged.status(), merged.body());
        Map<String, Integer> after = counts(survivor);
        for (String part : survivorBefore.keySet()) {
            int expected = survivorBefore.get(part) + duplicateBefore.get(part);
            assertEquals(expected, after.get(part), part + " moved to the survivor: " + after);
        }
        JsonObject kept = as("hq").get("api/v1/persons/" + survivor).json();
        assertEquals("Житомир", kept.getString("placeOfBirth"), "the value chosen from the other record");
        JsonObject closed = as("hq").get("api/v1/persons/" + duplicate).json();
        assertEquals("CLOSED", closed.getString("status"));
        JsonObject closing = as("hq").get("api/v1/persons/" + duplicate + "/history").array().getJsonObject(0);
        assertEquals("DUPLICATE", closing.getString("closingReason"));
        assertTrue(closing.getString("reason").contains(kept.getString("caseNumber")), closing.toString());
        assertEquals("MERGED", pairsOf(survivor, "MERGED").getJsonObject(0).getString("state"));
        for (long id : new long[] {survivor, duplicate}) {
            Api.Answer changes = as("hq").get("api/v1/persons/" + id + "/changes");
            assertEquals(200, changes.status(), changes.body());
            assertFalse(changes.json().getJsonArray("changes").isEmpty(), "both histories stay readable");
        }
        assertTrue(as("hq").get("api/v1/persons/" + duplicate + "/changes").body().contains("CaseNote"),
                "the closed record's history still shows what was written on it");
        // The moved document's own history shows the move, in the revision that closed the other record,
        // read from either side.
        long mergeRevision = changes(duplicate, "StatusChange").get(0).getJsonNumber("revision").longValue();
        for (long id : new long[] {survivor, duplicate}) {
            JsonObject move = changes(id, "IdentityDocument").stream()
                    .filter(e -> e.getJsonNumber("partId").longValue() == document && e.getString("kind").equals("MOD"))
                    .findFirst().orElseThrow(() -> new AssertionError("no move of the document in " + id));
            assertEquals(mergeRevision, move.getJsonNumber("revision").longValue(), move.toString());
            assertEquals("hq", move.getString("username"));
            JsonObject owner = move.getJsonArray("changes").getJsonObject(0);
            assertEquals(1, move.getJsonArray("changes").size(), "the move changed the owner only: " + move);
            assertEquals("person", owner.getString("field"));
            assertEquals(closed.getString("caseNumber"), owner.getString("before"));
            assertEquals(kept.getString("caseNumber"), owner.getString("after"));
        }
        assertTrue(changes(survivor, "CaseNote").stream().anyMatch(e -> e.getString("kind").equals("MOD")
                && e.getJsonNumber("revision").longValue() == mergeRevision), "the moved notes too");
        Api.Answer again = merge(pair, survivor, version(comparison, "lower"), version(comparison, "higher"), "");
        assertEquals(409, again.status(), again.body());
    }

    @Test
    void aMergeIsRefusedAcrossSidesAcrossTwoRoundsAndWhenARecordChanged() {
        // Across sides: a pair the matcher may well never queue, put in the queue behind the application's back.
        String family = uniqueFamilyName();
        long own = register("caseworker", family, "OWN", "");
        long held = register("caseworker", uniqueFamilyName(), "HELD", "");
        long pairId = 900_000_000L + ThreadLocalRandom.current().nextInt(90_000_000);
        DirectDatabase.execute("insert into duplicate_pair (id, lower_id, higher_id, score, explanation, state, found_at, "
                + "found_by, version) values (?, ?, ?, 90, null, 'OPEN', ?, 'test', 0)", pairId, Math.min(own, held),
                Math.max(own, held), java.sql.Timestamp.from(Instant.now()));
        JsonObject acrossSides = as("hq").get("api/v1/duplicates/" + pairId).json();
        Api.Answer refused = merge(acrossSides.getJsonObject("pair"), own, version(acrossSides, "lower"),
                version(acrossSides, "higher"), "");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("survivorId", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(refused.body().contains("different sides"), refused.body());

        // Two open rounds.
        String twice = uniqueFamilyName();
        long one = register("caseworker", twice, "OWN", "");
        long other = register("caseworker", twice, "OWN", "");
        for (long id : new long[] {one, other}) {
            assertEquals(201, as("caseworker").post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\"}").status());
            assertEquals(201, as("caseworker").post("api/v1/persons/" + id + "/transitions", "{\"to\":\"VERIFIED\"}").status());
            long round = as("hq").post("api/v1/rounds", """
                    {"name":%s,"type":"POW_EXCHANGE","venue":"Istanbul","talksDate":"2026-07-23",
                     "quotas":[{"category":"POW","side":"OWN","count":2}]}""".formatted(Api.quote("Dup round " + twice + id)))
                    .json().getJsonNumber("id").longValue();
            Api.Answer listed = as("hq").post("api/v1/rounds/" + round + "/nominations", "{\"personId\":" + id + "}");
            assertEquals(201, listed.status(), listed.body());
        }
        JsonObject pair = onlyPair(one, other);
        JsonObject comparison = as("hq").get("api/v1/duplicates/" + pair.getJsonNumber("id")).json();
        Api.Answer twoRounds = merge(pair, one, version(comparison, "lower"), version(comparison, "higher"), "");
        assertEquals(400, twoRounds.status(), twoRounds.body());
        assertTrue(twoRounds.body().contains("two lists"), twoRounds.body());
        assertEquals("NOMINATED", as("hq").get("api/v1/persons/" + other).json().getString("status"), "nothing written");

        // Stale: a record changed after the pair was shown.
        String stale = uniqueFamilyName();
        long first = register("caseworker", stale, "OWN", "");
        long second = register("caseworker", stale, "OWN", "");
        JsonObject stalePair = onlyPair(first, second);
        JsonObject shown = as("hq").get("api/v1/duplicates/" + stalePair.getJsonNumber("id")).json();
        assertEquals(201, as("caseworker").post("api/v1/persons/" + second + "/transitions", "{\"to\":\"LOCATED\"}").status());
        Api.Answer changed = merge(stalePair, first, version(shown, "lower"), version(shown, "higher"), "");
        assertEquals(409, changed.status(), changed.body());
        assertEquals("LOCATED", as("hq").get("api/v1/persons/" + second).json().getString("status"));
        assertEquals(1, pairsOf(first, "OPEN").size(), "the pair waits, still open");
    }

    private JsonObject waitForTheEndOf(long scanId) throws InterruptedException {
        JsonObject scan = as("hq").get("api/v1/duplicate-scans/" + scanId).json();
        for (int i = 0; i < 600 && scan.getString("state").equals("RUNNING"); i++) {
            Thread.sleep(500);
            scan = as("hq").get("api/v1/duplicate-scans/" + scanId).json();
        }
        return scan;
    }

    /** Waits until no scan runs (one started by another test may), so that a row can be put in as the running one. */
    private static void waitForNoRunningScan() throws InterruptedException {
        for (int i = 0; i < 600 && DirectDatabase.text("select id from duplicate_scan where running_marker = 1") != null; i++) {
            Thread.sleep(500);
        }
    }

    private static long runningScanRow(Instant heartbeat) {
        long id = 900_000_000L + ThreadLocalRandom.current().nextInt(90_000_000);
        DirectDatabase.execute("insert into duplicate_scan (id, state, started_by, created_at, heartbeat_at, node, total, "
                + "done, queued, last_person_id, cancel_requested, running_marker, version) "
                + "values (?, 'RUNNING', 'hq', ?, ?, 'other-server', 10, 3, 0, 0, false, 1, 0)",
                id, java.sql.Timestamp.from(heartbeat), java.sql.Timestamp.from(heartbeat));
        return id;
    }

    @Test
    void whileAScanRunsOnAnyServerStartingAnswersThatOneAndAStoppedServersScanIsFailed() throws InterruptedException {
        waitForNoRunningScan();
        long elsewhere = runningScanRow(Instant.now());
        try {
            for (String user : new String[] {"hq", "supervisor"}) {
                Api.Answer started = as(user).post("api/v1/duplicate-scans", "");
                assertEquals(202, started.status(), started.body());
                assertEquals(elsewhere, started.json().getJsonNumber("id").longValue(), "one scan runs at a time");
                assertEquals(30, started.json().getInt("percent"));
            }
            assertThrows(IllegalStateException.class, () -> runningScanRow(Instant.now()),
                    "the database itself refuses a second running scan");
        } finally {
            DirectDatabase.execute("update duplicate_scan set state = 'CANCELLED', running_marker = null where id = ?", elsewhere);
        }

        long abandoned = runningScanRow(Instant.now().minusSeconds(11 * 60));
        Api.Answer started = as("hq").post("api/v1/duplicate-scans", "");
        assertEquals(202, started.status(), started.body());
        long fresh = started.json().getJsonNumber("id").longValue();
        assertTrue(fresh != abandoned, started.body());
        assertEquals("FAILED", as("hq").get("api/v1/duplicate-scans/" + abandoned).json().getString("state"));

        Api.Answer cancelled = as("hq").post("api/v1/duplicate-scans/" + fresh + "/cancel", "");
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonObject ended = waitForTheEndOf(fresh);
        assertTrue(Set.of("CANCELLED", "DONE").contains(ended.getString("state")), ended.toString());
        assertEquals(404, as("hq").get("api/v1/duplicate-scans/999999999").status());
    }

    @Test
    void aDismissedPairDoesNotComeBackWithAScanWhichQueuesWhatItFindsAndShowsItsProgress() throws InterruptedException {
        String dismissedName = uniqueFamilyName();
        long one = register("caseworker", dismissedName, "OWN", "");
        long other = register("caseworker", dismissedName, "OWN", "");
        JsonObject pair = onlyPair(one, other);
        Api.Answer dismissed = as("supervisor").post("api/v1/duplicates/" + pair.getJsonNumber("id") + "/dismiss", "");
        assertEquals(200, dismissed.status(), dismissed.body());
        assertEquals("DISMISSED", dismissed.json().getString("state"));
        assertEquals("supervisor", dismissed.json().getString("decidedBy"));

        // A pair registration did not queue (as for people registered before the queue existed).
        String unqueuedName = uniqueFamilyName();
        long early = register("caseworker", unqueuedName, "OWN", "");
        long late = register("caseworker", unqueuedName, "OWN", "");
        DirectDatabase.execute("delete from duplicate_pair where lower_id = ? and higher_id = ?", early, late);
        assertEquals(0, pairsOf(early, "OPEN").size());

        assertEquals(403, as("caseworker").post("api/v1/duplicate-scans", "").status());
        // A scan started before these records were written (by another test) may be running: it is the one
        // answered, so the test waits for it and starts its own.
        JsonObject scan = null;
        for (int attempt = 0; attempt < 2 && pairsOf(early, "OPEN").isEmpty(); attempt++) {
            Api.Answer started = as("supervisor").post("api/v1/duplicate-scans", "");
            assertEquals(202, started.status(), started.body());
            assertTrue(started.header("Location").contains("/api/v1/duplicate-scans/"), started.header("Location"));
            scan = waitForTheEndOf(started.json().getJsonNumber("id").longValue());
        }
        assertEquals("DONE", scan.getString("state"), scan.toString());
        assertEquals(100, scan.getInt("percent"));
        assertTrue(scan.getJsonNumber("done").longValue() >= 4, scan.toString());
        assertTrue(scan.getJsonNumber("queued").longValue() >= 1, scan.toString());

        assertEquals(1, pairsOf(early, "OPEN").size(), "the scan queued the pair registration missed");
        assertEquals(0, pairsOf(one, "OPEN").size(), "a dismissed pair does not come back");
        assertEquals(1, pairsOf(one, "DISMISSED").size());
        assertEquals(409, as("hq").post("api/v1/duplicates/" + pair.getJsonNumber("id") + "/confirm", "").status(),
                "dismissed for good");
    }
}
