package org.homeward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

/**
 * Large lists, as the API shows them: previewed and committed in the background batch by batch with
 * their progress (the test server takes more than 30 rows as large, 12 rows a batch: see
 * arquillian.xml), a commit onto a round that a stopped server left taken up again and nominating once,
 * and an import a stopped server left half done failed with a message and then finished.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBackgroundIT {

    /** More rows than the test server's background threshold (30), in several batches of 12. */
    private static final int ROWS = 70;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    /**
     * A list of {@code rows} people of one family never registered before, each with their own given name
     * and born in a year of their own: no two rows are likely the same person, which the import would
     * otherwise leave out as a repeat of an earlier row.
     */
    private static byte[] list(String familyName, int rows) {
        String letters = "бвгдклмнпрстх";
        StringBuilder list = new StringBuilder("Прізвище;Ім'я;Стать;Дата народження\n");
        for (int i = 0; i < rows; i++) {
            String given = "О" + letters.charAt(i % letters.length()) + "а" + letters.charAt(i / letters.length()) + "ій";
            list.append(familyName).append(';').append(given).append(";ч;")
                    .append(String.format("%d-%02d-%02d", 1930 + i, i % 12 + 1, i % 28 + 1)).append('\n');
        }
        return list.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Api.Answer upload(String user, String source, byte[] file) {
        return Api.at(base).as(user).multipart("api/v1/imports", Map.of("source", source, "category", "POW", "side", "OWN"), "list.csv", file);
    }

    /** The import, asked again every half second while it is in {@code state} (at most a minute). */
    private JsonObject waitWhile(String user, long id, String state) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject now = Api.at(base).as(user).get("api/v1/imports/" + id).json();
        while (now.getString("state").equals(state) && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            now = Api.at(base).as(user).get("api/v1/imports/" + id).json();
        }
        return now;
    }

    private long countFound(String familyName) {
        Api.Answer found = Api.at(base).as("hq").get("api/v1/persons?q=" + java.net.URLEncoder.encode(familyName, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.body());
        return found.json().getJsonNumber("total").longValue();
    }

    @Test
    void aLargeListIsPreviewedAndCommittedInTheBackgroundWithItsProgress() throws InterruptedException {
        String familyName = ImportApiIT.uniqueFamilyName();

        Api.Answer uploaded = upload("caseworker", "other side's list " + familyName, list(familyName, ROWS));

        assertEquals(202, uploaded.status(), uploaded.body());
        assertEquals("PREVIEWING", uploaded.json().getString("state"));
        assertTrue(uploaded.header("Location").endsWith("/imports/" + uploaded.json().getJsonNumber("id")), uploaded.header("Location"));
        long id = uploaded.json().getJsonNumber("id").longValue();
        JsonObject previewed = waitWhile("caseworker", id, "PREVIEWING");
        assertEquals("PREVIEWED", previewed.getString("state"), previewed.toString());
        assertEquals(ROWS, previewed.getJsonNumber("rowsTotal").longValue());
        assertEquals(ROWS, previewed.getJsonNumber("rowsNew").longValue());
        assertEquals(ROWS, previewed.getJsonNumber("rowsListed").longValue(), previewed.toString());
        assertEquals(0, countFound(familyName), "nothing is written by a preview");

        Api.Answer committed = Api.at(base).as("caseworker").post("api/v1/imports/" + id + "/commit", "{\"mode\":\"ALL_OR_NOTHING\"}");

        assertEquals(200, committed.status(), committed.body());
        assertEquals("COMMITTING", committed.json().getString("state"));
        JsonObject done = waitWhile("caseworker", id, "COMMITTING");
        assertEquals("COMMITTED", done.getString("state"), done.toString());
        assertEquals(100, done.getInt("progress"));
        assertEquals(ROWS, done.getJsonNumber("rowsCommitted").longValue());
        assertEquals(ROWS, countFound(familyName));
    }

    /** A verified prisoner of war of the Kyiv office, as a row of {@link #list} names him (its first row's name, another year). */
    private long verified(String familyName, String givenName, String born) {
        Api hq = Api.at(base).as("hq");
        Api.Answer created = hq.post("api/v1/persons", """
                {"category":"POW","side":"OWN","familyName":%s,"givenName":%s,"sex":"MALE","dateOfBirth":%s,"office":"KYIV"}"""
                .formatted(Api.quote(familyName), Api.quote(givenName), Api.quote(born)));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, hq.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\"}").status());
        assertEquals(201, hq.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"VERIFIED\"}").status());
        return id;
    }

    private java.util.List<Long> nominated(long roundId) {
        return Api.at(base).as("hq").get("api/v1/rounds/" + roundId + "/nominations").json().getJsonArray("nominations").stream()
                .map(n -> n.asJsonObject().getJsonNumber("personId").longValue()).toList();
    }

    @Test
    void aListCommittedOntoARoundThatAStoppedServerLeftIsTakenUpAndNominatesItsRegisteredManOnce() throws InterruptedException {
        String familyName = ImportApiIT.uniqueFamilyName();
        String knownFamily = ImportApiIT.uniqueFamilyName();
        long known = verified(knownFamily, "Олексій", "1998-04-12");
        Api.Answer round = Api.at(base).as("hq").post("api/v1/rounds", """
                {"name":"Import round %d","type":"POW_EXCHANGE","venue":"Istanbul","talksDate":"2026-07-23",
                 "quotas":[{"category":"POW","side":"OWN","count":100}]}""".formatted(System.nanoTime()));
        assertEquals(201, round.status(), round.body());
        long roundId = round.json().getJsonNumber("id").longValue();
        byte[] rows = list(familyName, ROWS);
        byte[] file = (new String(rows, StandardCharsets.UTF_8) + knownFamily + ";Олексій;ч;12.04.1998\n").getBytes(StandardCharsets.UTF_8);
        long id = upload("hq", "ICRC notification " + familyName, file).json().getJsonNumber("id").longValue();
        JsonObject previewed = waitWhile("hq", id, "PREVIEWING");
        assertEquals("PREVIEWED", previewed.getString("state"));
        assertEquals(1, previewed.getJsonNumber("rowsDuplicate").longValue(), previewed.toString());
        String onRound = "{\"mode\":\"VALID_ONLY\",\"roundId\":" + roundId + "}";
        // As a server that stopped before the last batch leaves it: committing, silent for an hour, nobody nominated.
        assertEquals(1, DirectDatabase.execute("update list_import set state = 'COMMITTING', round_id = ?, node = 'stopped-node', "
                + "updated_at = ? where id = ?", roundId, Timestamp.from(Instant.now().minus(Duration.ofHours(1))), id));
        assertEquals("FAILED", waitWhile("hq", id, "COMMITTING").getString("state"));
        assertEquals(java.util.List.of(), nominated(roundId));

        Api.Answer again = Api.at(base).as("hq").post("api/v1/imports/" + id + "/commit", onRound);

        assertEquals(200, again.status(), again.body());
        assertEquals("COMMITTING", again.json().getString("state"), "more rows than the background threshold");
        JsonObject done = waitWhile("hq", id, "COMMITTING");
        assertEquals("COMMITTED", done.getString("state"), done.toString());
        assertEquals(ROWS, done.getJsonNumber("rowsCommitted").longValue());
        assertEquals(1, done.getJsonNumber("rowsNominated").longValue(), done.toString());
        assertEquals(0, done.getJsonNumber("rowsNotNominated").longValue(), done.toString());
        assertEquals(java.util.List.of(known), nominated(roundId));
        assertEquals("NOMINATED", Api.at(base).as("hq").get("api/v1/persons/" + known).json().getString("status"));
        assertEquals(ROWS, countFound(familyName), "every new row registered once, as reported");

        // Committed again after a stop the nominations outlived (as if): each row already answered is not asked again.
        assertEquals(1, DirectDatabase.execute("update list_import set state = 'FAILED' where id = ?", id));
        Api.Answer third = Api.at(base).as("hq").post("api/v1/imports/" + id + "/commit", onRound);
        assertEquals(200, third.status(), third.body());
        JsonObject redone = waitWhile("hq", id, "COMMITTING");
        assertEquals("COMMITTED", redone.getString("state"), redone.toString());
        assertEquals(1, redone.getJsonNumber("rowsNominated").longValue(), redone.toString());
        assertEquals(java.util.List.of(known), nominated(roundId), "nobody nominated twice");
        assertEquals(ROWS, countFound(familyName));
    }

    @Test
    void anImportAStoppedServerLeftCommittingIsFailedWithAMessageAndFinishedWhenCommittedAgain() throws InterruptedException {
        String familyName = ImportApiIT.uniqueFamilyName();
        long id = upload("caseworker", "family reports " + familyName, list(familyName, ROWS)).json().getJsonNumber("id").longValue();
        assertEquals("PREVIEWED", waitWhile("caseworker", id, "PREVIEWING").getString("state"));
        // As a server that stopped in the middle of the commit leaves it: committing, silent for an hour, on a node now gone.
        assertEquals(1, DirectDatabase.execute("update list_import set state = 'COMMITTING', node = 'stopped-node', updated_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), id));
        assertEquals("COMMITTING", Api.at(base).as("caseworker").get("api/v1/imports/" + id).json().getString("state"));

        JsonObject failed = waitWhile("caseworker", id, "COMMITTING");

        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertEquals("The server stopped while it worked on this list; what was imported stays. Import it again to go on.",
                failed.getString("failure"));
        Api.Answer again = Api.at(base).as("caseworker").post("api/v1/imports/" + id + "/commit", "{\"mode\":\"VALID_ONLY\"}");
        assertEquals(200, again.status(), again.body());
        JsonObject done = waitWhile("caseworker", id, "COMMITTING");
        assertEquals("COMMITTED", done.getString("state"), done.toString());
        assertEquals(ROWS, countFound(familyName));
    }
}
