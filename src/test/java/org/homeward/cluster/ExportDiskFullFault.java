package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.person.RegistryBenchmark;
import org.homeward.testing.Api;
import org.homeward.testing.PageClient;
import org.junit.jupiter.api.Test;

/**
 * A full disk while an export writes (src/test/cluster/faults.sh mounts a tmpfs of a few megabytes over
 * the nodes' export directory first): the export is FAILED with words that say the disk is full, on the
 * Exports page and in the API; its partial file is removed, so the disk has its room back; and the
 * server goes on working, a small export included.
 */
class ExportDiskFullFault {

    private static final int PEOPLE = Integer.getInteger("fault.export.people", 150_000);

    @Test
    void anExportThatFillsTheDiskFailsSayingSoAndLeavesNothingBehind() throws Exception {
        FileStore disk = Files.getFileStore(ExportKillFault.EXPORTS);
        assertEquals("tmpfs", disk.type(), "faults.sh mounts a small tmpfs over " + ExportKillFault.EXPORTS);
        assertTrue(disk.getTotalSpace() < 64L << 20, "a disk smaller than the export: " + disk.getTotalSpace());
        RegistryBenchmark.load(ClusterDatabase.URL, ClusterDatabase.USER, ClusterDatabase.PASSWORD, PEOPLE, 20261130L);
        Api hq = Api.at(TwoNodes.node(1)).as("hq");

        Api.Answer started = hq.post("api/v1/exports",
                "{\"profile\":\"FULL\",\"purpose\":\"Fault test: a full disk\",\"background\":true}");
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        JsonObject job = started.json();
        for (Instant by = Instant.now().plusSeconds(180); running(job) && Instant.now().isBefore(by); Thread.sleep(500)) {
            job = hq.get("api/v1/exports/" + id).json();
        }
        System.out.printf("disk full: a %,d-byte disk; the export of %d rows ended %s (%s) after %d rows%n", disk.getTotalSpace(),
                job.getJsonNumber("rowsExpected").longValue(), job.getString("state"), job.getString("failure", null),
                job.getJsonNumber("rowsWritten").longValue());
        assertEquals("FAILED", job.getString("state"));
        assertEquals("DISK_FULL", job.getString("failure"));
        List<String> left;
        try (Stream<java.nio.file.Path> files = Files.list(ExportKillFault.EXPORTS)) {
            left = files.map(f -> f.getFileName().toString()).toList();
        }
        assertEquals(List.of(), left, "the partial file is removed");
        assertEquals(disk.getTotalSpace(), disk.getUsableSpace(), "the disk has its room back");

        PageClient browser = new PageClient(TwoNodes.node(1));
        assertEquals(302, browser.signIn("hq", Api.DEMO_PASSWORD).status());
        PageClient.Page page = browser.get("exports/index.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("The server&#39;s disk for exports is full") || page.body().contains("The server's disk for exports is full"),
                "the Exports page says why");

        // The server goes on: a small export fits on the same disk and is handed out.
        Api.FileAnswer small = hq.file("POST", "api/v1/exports",
                "{\"profile\":\"AGGREGATE\",\"filters\":{\"rows\":\"CATEGORY\",\"columns\":\"STATUS\"},\"purpose\":\"Fault test: after the full disk\"}");
        assertEquals(200, small.status(), small.toString());
        assertTrue(small.text().contains("total"), small.text());
        assertEquals(200, Api.at(TwoNodes.node(1)).as("caseworker").get("api/v1/persons?size=1").status());
    }

    private static boolean running(JsonObject job) {
        return job.getString("state").equals("QUEUED") || job.getString("state").equals("RUNNING");
    }
}
