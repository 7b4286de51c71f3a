package org.homeward.export;

import jakarta.enterprise.context.ApplicationScoped;
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
