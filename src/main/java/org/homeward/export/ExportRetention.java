package org.homeward.export;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the files of exports past their retention period (HOMEWARD_EXPORT_RETENTION_DAYS, 7 days by
 * default) and marks their jobs expired: data handed out is not kept lying around on the server.
 */
@Singleton
public class ExportRetention {

    private static final Logger LOG = Logger.getLogger(ExportRetention.class.getName());

    @Inject
    ExportJobs jobs;

    @Inject
    ExportSettings settings;

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
