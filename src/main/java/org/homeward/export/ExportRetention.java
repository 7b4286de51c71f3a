package org.homeward.export;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the export directory to what users may still download: deletes the files of exports past their
 * retention period (HOMEWARD_EXPORT_RETENTION_DAYS, 7 days by default) and marks their jobs expired, so
 * that data handed out is not kept lying around on the server; and fails the jobs a stopped server left
 * queued or running, deleting what they had written, so that nobody waits for a job that will never end.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class ExportRetention {

    private static final Logger LOG = Logger.getLogger(ExportRetention.class.getName());

    @Inject
    ExportJobs jobs;

    @Inject
    ExportSettings settings;

    /** Whatever this server was running when it stopped died with it. */
    @PostConstruct
    void failThoseOfThisServer() {
        failAbandoned(ExportSettings.node());
    }

    /** Those of a server that stopped and has not come back, once they have been silent long enough. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void failSilent() {
        failAbandoned(null);
    }

    private void failAbandoned(String restartedNode) {
        try {
            List<Long> failed = jobs.failAbandoned(restartedNode, settings.silenceLimit());
            for (long id : failed) {
                settings.deleteFilesOf(id);
            }
            if (!failed.isEmpty()) {
                LOG.log(Level.WARNING, "Export jobs {0} were left unfinished by a stopped server and are marked failed", failed);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Unfinished exports of stopped servers not yet failed: {0}", e.getClass().getName());
        }
    }

    // Every node runs it; marking a job expired twice does no harm, and the files are shared.
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void deleteExpired() {
        try {
            List<String> files = jobs.expire();
            for (String file : files) {
                Files.deleteIfExists(settings.directory().resolve(file));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Expired exports not yet deleted: {0}", e.getClass().getName());
        }
    }
}
