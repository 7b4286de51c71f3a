package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.homeward.imports.ImportBenchmark;
import org.homeward.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the node committing a large list, in the middle of its batches (src/test/cluster/faults.sh):
 * only whole batches went in, and the import says how many rows; every person it registered is whole
 * (their first audited revision with their status, their source, search and match keys) and no row's
 * person is written without the row knowing it; after the restart the import is FAILED with the words
 * "the server stopped"; committing again takes the list up where it stopped and registers every row
 * exactly once; the audit chain verifies intact throughout.
 */
class ImportKillFault {

    private static final int ROWS = Integer.getInteger("fault.import.rows", 12_000);

    /** The import's batch (ImportSettings.BATCH, the nodes' default). */
    private static final int BATCH = 500;

    @Test
    void aCommitCutByKillMinus9KeepsWholeBatchesAndIsTakenUpAgain() throws Exception {
        Api caseworker = Api.at(TwoNodes.node(1)).as("caseworker");
        String source = "Fault test list " + System.nanoTime();
        Api.Answer uploaded = caseworker.multipart("api/v1/imports",
                Map.of("source", source, "category", "POW", "side", "OWN", "receivedOn", LocalDate.now().toString()),
                "fault.csv", ImportBenchmark.list(ROWS, new Random(20261130)));
        assertEquals(202, uploaded.status(), uploaded.body());
        long id = uploaded.json().getJsonNumber("id").longValue();
        JsonObject previewed = follow(caseworker, id, "PREVIEWING", Long.MAX_VALUE);
        assertEquals("PREVIEWED", previewed.getString("state"), previewed.toString());
        long rowsNew = previewed.getJsonNumber("rowsNew").longValue();
        assertTrue(rowsNew > 4 * BATCH, "enough new rows to be cut mid-way: " + rowsNew);

        Api.Answer committing = caseworker.post("api/v1/imports/" + id + "/commit", "{\"mode\":\"VALID_ONLY\"}");
        assertEquals(200, committing.status(), committing.body());
        JsonObject before = follow(caseworker, id, "COMMITTING", 2 * BATCH);
        assertEquals("COMMITTING", before.getString("state"), "the commit ended before it could be killed: more rows are "
                + "needed (-Dfault.import.rows)");
        TwoNodes.kill(1);

        long committed = ClusterDatabase.number("select rows_committed from list_import where id = ?", id);
        String stateInDatabase = ClusterDatabase.text("select state from list_import where id = ?", id);
        assertWhole(id, source, committed);
        assertTrue(committed % BATCH == 0 && committed < rowsNew, "whole batches only: " + committed);
        TwoNodes.assertAuditIntact(2);

        TwoNodes.start(1);
        JsonObject failed = caseworker.get("api/v1/imports/" + id + "?size=1").json();
        System.out.printf("import kill: %d of %d new rows committed at the kill (state %s in the database); after the restart %s,"
                        + " \"%s\"%n", committed, rowsNew, stateInDatabase, failed.getString("state"),
                failed.getString("failure", ""));
        assertEquals("FAILED", failed.getString("state"));
        assertEquals(committed, failed.getJsonNumber("rowsCommitted").longValue(), "the import says which rows went in");
        assertTrue(failed.getString("failure").contains("server stopped"), failed.getString("failure"));

        Api.Answer again = caseworker.post("api/v1/imports/" + id + "/commit", "{\"mode\":\"VALID_ONLY\"}");
        assertEquals(200, again.status(), again.body());
        JsonObject done = follow(caseworker, id, "COMMITTING", Long.MAX_VALUE);
        System.out.printf("import kill: committed again, %s with %d rows%n", done.getString("state"),
                done.getJsonNumber("rowsCommitted").longValue());
        assertEquals("COMMITTED", done.getString("state"), done.toString());
        assertEquals(rowsNew, done.getJsonNumber("rowsCommitted").longValue());
        assertWhole(id, source, rowsNew);
        TwoNodes.assertAuditIntact(1);
    }

    /**
     * What the database holds of the import: exactly {@code committed} of its rows have a person, one each,
     * and exactly those people carry the list as their source, each whole.
     */
    private static void assertWhole(long id, String source, long committed) throws Exception {
        assertEquals(committed, ClusterDatabase.number("select count(*) from list_import_row where import_id = ? and person_id is not null", id));
        assertEquals(committed, ClusterDatabase.number("select count(distinct person_id) from list_import_row where import_id = ?"
                + " and person_id is not null", id), "one person per row");
        assertEquals(committed, ClusterDatabase.number("select count(*) from information_source where reference = ?", source),
                "no person of the list without its row");
        String listed = "select r.person_id from list_import_row r where r.import_id = ? and r.person_id is not null";
        assertEquals(0, ClusterDatabase.number("select count(*) from (" + listed + ") l where not exists (select 1 from"
                + " information_source s where s.person_id = l.person_id and s.reference = ?)", id, source), "every person has its source");
        assertEquals(0, ClusterDatabase.number("select count(*) from (" + listed + ") l where not exists (select 1 from person p"
                + " join person_aud a on a.id = p.id and a.revtype = 0 and a.status = p.status where p.id = l.person_id)", id),
                "every person has its first audited revision, with the status it was registered in");
        assertEquals(0, ClusterDatabase.number("select count(*) from (" + listed + ") l where not exists (select 1 from"
                + " information_source_aud s join person_aud a on a.rev = s.rev and a.id = s.person_id where s.person_id = l.person_id)", id),
                "the person and its source in one audited revision");
        assertEquals(0, ClusterDatabase.number("select count(*) from (" + listed + ") l where not exists (select 1 from"
                + " person_search_term t where t.person_id = l.person_id) or not exists (select 1 from person_match_key k"
                + " where k.person_id = l.person_id)", id), "every person can be found and matched");
    }

    /** Follows the import while it is in {@code state} and has committed fewer than {@code rows}; its last answer. */
    private static JsonObject follow(Api caseworker, long id, String state, long rows) throws InterruptedException {
        JsonObject answer = caseworker.get("api/v1/imports/" + id + "?size=1").json();
        for (Instant by = Instant.now().plusSeconds(300);
             answer.getString("state").equals(state) && answer.getJsonNumber("rowsCommitted").longValue() < rows
                     && Instant.now().isBefore(by);
             answer = caseworker.get("api/v1/imports/" + id + "?size=1").json()) {
            // Closely while waiting for the moment to kill, gently otherwise.
            Thread.sleep(rows == Long.MAX_VALUE ? 1000 : 50);
        }
        return answer;
    }
}
