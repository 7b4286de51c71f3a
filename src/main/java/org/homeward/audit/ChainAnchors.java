package org.homeward.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.homeward.platform.Setting;

/**
 * Where the heads of the audit chains are anchored outside the database at each seal: a line
 * {@code <time> <chain>:<position>:<seal>} appended to a file ({@code HOMEWARD_AUDIT_ANCHOR_FILE},
 * default {@code homeward-audit-anchors.txt} in the server's data directory; {@code off} for none),
 * and, with {@code HOMEWARD_AUDIT_ANCHOR_LOG=true}, the same line in the server log, for installations
 * that ship their log to a store the database's administrators cannot write. The seals are HMACs, no
 * personal data.
 */
@ApplicationScoped
public class ChainAnchors {

    private static final Logger LOG = Logger.getLogger(ChainAnchors.class.getName());

    private static final Setting FILE = new Setting("HOMEWARD_AUDIT_ANCHOR_FILE", "homeward.audit.anchor-file");
    private static final Setting TO_LOG = new Setting("HOMEWARD_AUDIT_ANCHOR_LOG", "homeward.audit.anchor-log");

    /** The anchor file, or empty when anchoring to a file is off. */
    public Optional<Path> file() {
        Optional<String> configured = FILE.value();
        if (configured.isPresent()) {
            return configured.get().strip().equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Path.of(configured.get().strip()));
        }
        return Optional.of(Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "homeward-audit-anchors.txt"));
    }

    /**
     * Anchors heads that have committed. A head that cannot be written is logged and sealing goes on:
     * the anchor is a second witness, and the chain in the database still holds without it.
     */
    void anchor(Collection<ChainAnchor> heads, Instant at) {
        if (heads.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        heads.forEach(head -> lines.append(at).append(' ').append(head).append('\n'));
        if (TO_LOG.value().map(Boolean::parseBoolean).orElse(false)) {
            heads.forEach(head -> LOG.info("Audit chain head " + head + " at " + at));
        }
        Optional<Path> file = file();
        if (file.isEmpty()) {
            return;
        }
        try {
            Path parent = file.get().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // One write per seal in append mode: lines from several nodes sharing the file do not interleave.
            Files.writeString(file.get(), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot append the audit chain heads to the anchor file {0}: {1}",
                    new Object[] {file.get(), e.getClass().getName()});
        }
    }

    /**
     * The furthest anchor of each chain in the anchor file: the one that proves the most. Lines that are
     * not anchors are skipped. None when the file is off or not yet written.
     */
    Map<String, ChainAnchor> furthestInFile() {
        Map<String, ChainAnchor> furthest = new HashMap<>();
        Optional<Path> file = file();
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return furthest;
        }
        try (Stream<String> lines = Files.lines(file.get(), StandardCharsets.UTF_8)) {
            lines.map(line -> line.substring(line.indexOf(' ') + 1))
                    .map(ChainAnchor::parse)
                    .flatMap(Optional::stream)
                    .forEach(anchor -> furthest.merge(anchor.chain(), anchor,
                            (kept, next) -> next.position() >= kept.position() ? next : kept));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor file", e);
        }
        return furthest;
    }
}
