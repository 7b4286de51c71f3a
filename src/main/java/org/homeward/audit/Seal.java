package org.homeward.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal on one entry of an audit chain: HMAC-SHA256, under a key kept outside the database, of the
 * seal before it and the entry's content. Changing a sealed entry, or taking one out, breaks every seal
 * from there on, and without the key nobody can make them match again.
 *
 * <p>The content is written out canonically, so that the same rows always give the same text: columns
 * sorted by name as {@code name=value}, rows sorted, tables sorted, values escaped so that no value can
 * pass for a column or row boundary.
 */
public final class Seal {

    /** What the first entry of a chain is sealed onto. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * Columns that are not content. The seal columns hold the seal itself. Envers' validity strategy
     * writes {@code revend} into a revision's rows when a later revision changes the same record, after
     * the earlier one was sealed: it says where a version ends, not what was changed.
     */
    static final Set<String> NOT_CONTENT = Set.of("seal_seq", "seal_hmac", "revend", "revend_tstmp");

    /** Marks a null value; a real backslash is always escaped, so no value reads as this. */
    private static final String NULL = "\\N";

    private final SecretKeySpec key;

    public Seal(byte[] key) {
        Objects.requireNonNull(key, "key is required");
        if (key.length == 0) {
            throw new IllegalArgumentException("key is empty");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The seal of an entry with this content that follows the entry sealed {@code previous}. */
    public String next(String previous, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((previous + "\n" + content).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // Every Java runtime has HmacSHA256; its absence is a broken installation, not a case to handle.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** One row of a table as text: its content columns sorted by lower-case name, tab-separated. */
    static String row(String table, Map<String, String> columns) {
        Map<String, String> sorted = new TreeMap<>();
        columns.forEach((name, value) -> sorted.put(name.toLowerCase(Locale.ROOT), value));
        NOT_CONTENT.forEach(sorted::remove);
        StringBuilder text = new StringBuilder(table.toLowerCase(Locale.ROOT));
        sorted.forEach((name, value) -> text.append('\t').append(name).append('=').append(escape(value)));
        return text.toString();
    }

    /**
     * A revision as text: its {@code audit_revision} row, then every row it wrote in the audit tables
     * (table name to rows), one line each, sorted so that neither the database's order nor the order
     * of the tables matters.
     */
    static String revision(Map<String, String> revision, Map<String, List<Map<String, String>>> auditRows) {
        List<String> lines = new ArrayList<>();
        lines.add(row("audit_revision", revision));
        auditRows.entrySet().stream()
                .sorted(Comparator.comparing(table -> table.getKey().toLowerCase(Locale.ROOT)))
                .forEach(table -> table.getValue().stream()
                        .map(columns -> row(table.getKey(), columns))
                        .sorted()
                        .forEach(lines::add));
        return String.join("\n", lines);
    }

    /** An access-log entry as text: all its columns but the seal. */
    static String accessEntry(Map<String, String> entry) {
        return row("access_log_entry", entry);
    }

    private static String escape(String value) {
        if (value == null) {
            return NULL;
        }
        StringBuilder text = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text.toString();
    }
}
