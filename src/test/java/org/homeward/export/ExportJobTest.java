package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a job counts as left behind by a stopped server, and what becomes of it. */
class ExportJobTest {

    private static final Instant CREATED = Instant.parse("2026-11-29T10:00:00Z");

    private static ExportJob job() {
        ExportJob job = new ExportJob("partner", 1L, 2L, ExportProfile.PARTNER_MINIMAL, "", "Tracing", 1_000_000, false,
                CREATED, CREATED.plus(Duration.ofDays(7)));
        job.queueOn("node-a");
        return job;
    }

    @Test
    void aServerStartingAgainFailsWhatItWasRunningHoweverRecentlyItReported() {
        ExportJob job = job();
        job.start("node-a", CREATED.plusSeconds(1));
        job.progress(5_000, CREATED.plusSeconds(3));
        Instant longBefore = CREATED.minus(Duration.ofDays(1));
        assertTrue(job.abandoned("node-a", longBefore), "its own server restarted: the run died with it");
        assertFalse(job.abandoned("node-b", longBefore), "another server starting says nothing of node-a's job");
    }

    @Test
    void anyServerFailsAJobSilentForLongerThanTheLimit() {
        ExportJob job = job();
        job.start("node-a", CREATED.plusSeconds(1));
        job.progress(5_000, CREATED.plusSeconds(60));
        assertFalse(job.abandoned(null, CREATED.plusSeconds(59)), "it reported after that");
        assertTrue(job.abandoned(null, CREATED.plusSeconds(61)), "silent since before that");
    }

    @Test
    void aQueuedJobIsJudgedByWhenItWasAskedFor() {
        ExportJob job = job();
        assertTrue(job.abandoned("node-a", CREATED.minusSeconds(1)), "the queue it waited in died with its server");
        assertFalse(job.abandoned(null, CREATED.minusSeconds(1)));
        assertTrue(job.abandoned(null, CREATED.plusSeconds(1)));
    }

    @Test
    void finishedJobsAreNeverAbandoned() {
        ExportJob job = job();
        job.start("node-a", CREATED);
        job.finish(10, "export-1.csv", CREATED.plusSeconds(5));
        assertFalse(job.abandoned("node-a", Instant.MAX));
        job.fail(ExportJob.SERVER_STOPPED, CREATED.plusSeconds(6));
        assertEquals(ExportState.FAILED, job.getState());
        assertFalse(job.abandoned("node-a", Instant.MAX));
    }
}
