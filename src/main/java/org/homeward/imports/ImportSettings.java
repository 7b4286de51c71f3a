package org.homeward.imports;

/**
 * How large a list may be ({@code HOMEWARD_IMPORT_MAX_MB} or {@code -Dhomeward.import.max-mb}, 20 MB by
 * default): a larger upload is refused from its declared length, before it is read.
 */
public final class ImportSettings {

    static final long DEFAULT_MAX_MB = 20;

    private ImportSettings() {
    }

    public static long maxBytes() {
        String text = System.getenv("HOMEWARD_IMPORT_MAX_MB");
        if (text == null || text.isBlank()) {
            text = System.getProperty("homeward.import.max-mb");
        }
        try {
            return (text == null || text.isBlank() ? DEFAULT_MAX_MB : Math.max(1, Long.parseLong(text.strip()))) * 1024 * 1024;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_MB * 1024 * 1024;
        }
    }
}
