package org.homeward.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How exports are kept, from the server's configuration: where their files go
 * ({@code HOMEWARD_EXPORT_DIR}, default {@code homeward-exports} in the server's data directory, which
 * every node of a cluster must share), how long (days, {@code HOMEWARD_EXPORT_RETENTION_DAYS}, default 7),
 * and above how many rows an export runs as a background job ({@code HOMEWARD_EXPORT_BACKGROUND_ABOVE},
 * default 5,000). Each also as a system property ({@code homeward.export.dir}, …).
 */
@ApplicationScoped
public class ExportSettings {

    public Path directory() {
        String configured = setting("HOMEWARD_EXPORT_DIR", "homeward.export.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "homeward-exports");
    }

    public Duration retention() {
        return Duration.ofDays(number("HOMEWARD_EXPORT_RETENTION_DAYS", "homeward.export.retention-days", 7));
    }

    public long backgroundAbove() {
        return number("HOMEWARD_EXPORT_BACKGROUND_ABOVE", "homeward.export.background-above", 5_000);
    }

    /**
     * How long a queued or running job may stay silent before it counts as left behind by a stopped
     * server (minutes, {@code HOMEWARD_EXPORT_SILENT_MINUTES}, default 10). A running job reports every
     * few seconds while it writes rows; its longest silences are the aggregate's one query and the
     * encryption of a ZIP, each well under this on a million rows.
     */
    public Duration silenceLimit() {
        return Duration.ofMinutes(Math.max(1, number("HOMEWARD_EXPORT_SILENT_MINUTES", "homeward.export.silent-minutes", 10)));
    }

    /** Deletes whatever a run of that job wrote, finished or not. */
    void deleteFilesOf(long jobId) throws IOException {
        for (String file : ExportJob.filesOf(jobId)) {
            Files.deleteIfExists(directory().resolve(file));
        }
    }

    /** This server's name in a cluster (WildFly's {@code jboss.node.name}, the host name unless set). */
    static String node() {
        String name = System.getProperty("jboss.node.name");
        if (name == null || name.isBlank()) {
            name = System.getProperty("jboss.host.name", "localhost");
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static long number(String variable, String property, long fallback) {
        String text = setting(variable, property);
        try {
            return text == null ? fallback : Math.max(0, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String setting(String variable, String property) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
