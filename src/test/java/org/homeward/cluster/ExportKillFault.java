package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.homeward.person.RegistryBenchmark;
import org.homeward.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the node writing a large export, in the middle of its file (src/test/cluster/faults.sh):
 * after the node's restart the export is FAILED with the words "the server stopped", its partial file is
 * gone, nothing says the data was handed out (no DATA_EXPORTED entry), the audit chain verifies intact,
 * and the same export started again runs to the end.
 */
class ExportKillFault {

    /** People in the registry: enough that the export is still writing when its file is first seen. */
    private static final int PEOPLE = Integer.getInteger("fault.export.people", 150_000);

    /** The export is killed once its file holds this much, well before its end (about 250 bytes a row). */
    private static final long KILL_AT_BYTES = 4L << 20;

    static final Path EXPORTS = Path.of("target/cluster/exports");

    @Test
    void anExportCutByKillMinus9IsFailedWithItsPartialFileRemoved() throws Exception {
        // The registry loader the benchmarks use, straight into the nodes' database (a no-op when full).
        RegistryBenchmark.load(ClusterDatabase.URL, ClusterDatabase.USER, ClusterDatabase.PASSWORD, PEOPLE, 20261130L);
        Api hq = Api.at(TwoNodes.node(1)).as("hq");
        String order = "{\"profile\":\"FULL\",\"purpose\":\"Fault test: kill -9 while writing\",\"background\":true}";
        Api.Answer started = hq.post("api/v1/exports", order);
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        Path csv = EXPORTS.resolve("export-" + id + ".csv");

        Instant until = Instant.now().plusSeconds(120);
        while (!(Files.exists(csv) && Files.size(csv) >= KILL_AT_BYTES) && Instant.now().isBefore(until)) {
            assertTrue(running(hq.get("api/v1/exports/" + id).json()), "the export ended before it could be killed: "
                    + "more people are needed (-Dfault.export.people)");
            Thread.sleep(20);
        }
        TwoNodes.kill(1);
        long partial = Files.exists(csv) ? Files.size(csv) : 0;
        assertTrue(partial >= KILL_AT_BYTES, "the partial file is there after the kill: " + partial + " bytes");

        // The other node still shows it running: it cannot know yet, its heartbeat has only just stopped.
        JsonObject seenOnNode2 = Api.at(TwoNodes.node(2)).as("hq").get("api/v1/exports/" + id).json();
        TwoNodes.start(1);
        JsonObject after = hq.get("api/v1/exports/" + id).json();
        System.out.printf("export kill: %d of %d rows reported, %,d bytes written at the kill; on node2 meanwhile %s;"
                        + " after the restart %s, failure %s, file there: %s%n",
                seenOnNode2.getJsonNumber("rowsWritten").longValue(), after.getJsonNumber("rowsExpected").longValue(), partial,
                seenOnNode2.getString("state"), after.getString("state"), after.getString("failure", null), Files.exists(csv));
        assertEquals("FAILED", after.getString("state"));
        assertEquals("SERVER_STOPPED", after.getString("failure"));
        assertFalse(Files.exists(csv), "the partial file is removed");
        assertFalse(Files.exists(EXPORTS.resolve("export-" + id + ".zip")));
        assertEquals(410, hq.file("GET", "api/v1/exports/" + id + "/file", null).status(), "nothing to download");
        assertEquals(0, ClusterDatabase.number("select count(*) from access_log_entry where action = 'DATA_EXPORTED'"
                + " and subject_type = 'export' and subject_id = ?", String.valueOf(id)), "not on file as handed out");
        TwoNodes.assertAuditIntact(1);

        Api.Answer again = hq.post("api/v1/exports", order);
        assertEquals(202, again.status(), again.body());
        long second = again.json().getJsonNumber("id").longValue();
        JsonObject done = again.json();
        for (Instant by = Instant.now().plusSeconds(180); running(done) && Instant.now().isBefore(by); Thread.sleep(1000)) {
            done = hq.get("api/v1/exports/" + second).json();
        }
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(done.getJsonNumber("rowsExpected").longValue(), done.getJsonNumber("rowsWritten").longValue());
        System.out.printf("export kill: started again, %d rows written%n", done.getJsonNumber("rowsWritten").longValue());
    }

    private static boolean running(JsonObject job) {
        return job.getString("state").equals("QUEUED") || job.getString("state").equals("RUNNING");
    }
}
