package org.homeward.imports;

/**
 * How large a list may be ({@code HOMEWARD_IMPORT_MAX_MB} or {@code -Dhomeward.import.max-mb}, 20 MB by
 * default): a larger upload is refused from its declared length, before it is read.
 */
public final class ImportSettings {

    static final long DEFAULT_MAX_MB = 20;

    /**
     * More rows than this and a list is previewed, or its rows committed, in the background, batch by
     * batch ({@code HOMEWARD_IMPORT_BACKGROUND_ABOVE} or {@code -Dhomeward.import.background-above}, 2,000
     * by default; read once). Tests lower it to follow the background path with a small file.
     */
    static final int BACKGROUND_ABOVE = (int) number("HOMEWARD_IMPORT_BACKGROUND_ABOVE", "homeward.import.background-above", 2_000);

    /**
     * Rows per batch: per transaction (one audited revision) of a commit and per flush of a preview
     * ({@code HOMEWARD_IMPORT_BATCH} or {@code -Dhomeward.import.batch}, 500 by default; read once).
     */
    static final int BATCH = (int) number("HOMEWARD_IMPORT_BATCH", "homeward.import.batch", 500);

    private ImportSettings() {
    }

    private static long number(String variable, String property, long fallback) {
        String text = System.getenv(variable);
        if (text == null || text.isBlank()) {
            text = System.getProperty(property);
        }
        try {
            return text == null || text.isBlank() ? fallback : Math.max(1, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return fallback;
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

    public static long maxBytes() {
        return number("HOMEWARD_IMPORT_MAX_MB", "homeward.import.max-mb", DEFAULT_MAX_MB) * 1024 * 1024;
    }
}
