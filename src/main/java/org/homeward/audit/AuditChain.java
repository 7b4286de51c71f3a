package org.homeward.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.homeward.platform.FieldError;
import org.homeward.platform.Role;
import org.homeward.platform.Validation;
import org.homeward.audit.ChainWalk.Link;
import org.homeward.audit.Verification.Broken;
import org.homeward.audit.Verification.Problem;

/**
 * The two audit chains, "revisions" (each Envers revision with the rows it wrote in every audit table)
 * and "access" (each access-log entry), sealed by a notary and checked on demand.
 *
 * <p>Sealing happens after commit rather than while a change is written: a writer would otherwise have
 * to wait for every other writer to take its turn at the chain's head. The notary takes the committed
 * entries that have no seal yet, in id order, and seals them one after another while it holds the lock
 * on the chain's head row in {@code audit_chain}. The lock is in the database, so notaries on several
 * nodes take turns and no head is kept in memory. An entry whose transaction commits late simply gets a
 * later place in the chain than its id suggests.
 *
 * <p>The SQL is plain JDBC because a revision's content is every column of every audit table, found
 * from the database's own description of its tables, including the ones a later migration adds.
 */
@Stateless
public class AuditChain {

    static final String REVISIONS = "revisions";
    static final String ACCESS = "access";

    /** Entries sealed per transaction: the lock on the head is held for one batch, not a whole backlog. */
    static final int BATCH = 500;

    /** Unsealed rows looked at again when a verification finds some, before it calls them a break. */
    private static final int UNSEALED_SAMPLE = 100;

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());

    @Resource(lookup = "java:jboss/datasources/HomewardDS")
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    ChainKey key;

    @Inject
    ChainAnchors anchors;

    @Inject
    SealLag lag;

    @Inject
    Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealOnSchedule() {
        measureLag();
        try {
            seal();
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Sealing the audit chains failed; the next run tries again", e);
        }
    }

    /**
     * What waits for this sealing, for the operators' metrics (SealLag): measured before it, so that the
     * figure is how long entries wait, not what is left after (nothing, while sealing works).
     */
    private void measureLag() {
        try (Connection connection = dataSource.getConnection()) {
            for (String chain : List.of(REVISIONS, ACCESS)) {
                String time = chain.equals(REVISIONS) ? "revision_time" : "occurred_at";
                try (PreparedStatement select = connection.prepareStatement("select count(*), min(" + time + ") from "
                        + table(chain) + " where seal_seq is null"); ResultSet rs = select.executeQuery()) {
                    rs.next();
                    OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                    lag.measured(chain, new SealLag.Backlog(rs.getLong(1), oldest == null ? null : oldest.toInstant()));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Measuring the audit seal lag failed: {0}", e.getClass().getName());
        }
    }

    /**
     * Seals every committed entry of both chains that has no seal yet, a batch per transaction. Open to
     * every caller, and to the timer that has none: it seals only what is already committed and
     * reveals nothing.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seal() {
        if (key.seal().isEmpty()) {
            return;
        }
        AuditChain self = context.getBusinessObject(AuditChain.class);
        List<ChainAnchor> heads = new ArrayList<>();
        try {
            for (String chain : List.of(REVISIONS, ACCESS)) {
                Optional<Sealed> sealed;
                do {
                    sealed = self.sealBatch(chain);
                    sealed.ifPresent(batch -> heads.removeIf(head -> head.chain().equals(chain)));
                    sealed.ifPresent(batch -> heads.add(batch.head()));
                } while (sealed.isPresent() && sealed.get().entries() == BATCH);
            }
        } finally {
            // Only heads whose batch committed: an anchor of a rolled-back batch would look like a cut chain.
            anchors.anchor(heads, Instant.now(clock));
        }
    }

    /** A committed batch: how many entries it sealed and the chain's head after it. */
    public record Sealed(int entries, ChainAnchor head) {
    }

    /** Seals up to {@link #BATCH} entries of one chain in a transaction of its own; empty when none waited. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Sealed> sealBatch(String chain) {
        Seal seal = key.seal().orElseThrow(() -> new IllegalStateException("no audit key"));
        String table = table(chain);
        try (Connection connection = dataSource.getConnection()) {
            Head head = head(connection, chain, true);
            List<Map<String, String>> rows = rows(connection,
                    "select * from " + table + " where seal_seq is null order by id fetch first " + BATCH + " rows only");
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            List<String> contents = contents(connection, chain, rows);
            long position = head.position();
            String previous = head.hmac();
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + table + " set seal_seq = ?, seal_hmac = ? where id = ?")) {
                for (int i = 0; i < rows.size(); i++) {
                    position++;
                    previous = seal.next(previous, contents.get(i));
                    update.setLong(1, position);
                    update.setString(2, previous);
                    update.setLong(3, id(rows.get(i)));
                    update.addBatch();
                }
                update.executeBatch();
            }
            try (PreparedStatement moveHead = connection.prepareStatement(
                    "update audit_chain set last_seq = ?, last_hmac = ? where chain_name = ?")) {
                moveHead.setLong(1, position);
                moveHead.setString(2, previous);
                moveHead.setString(3, chain);
                moveHead.executeUpdate();
            }
            return Optional.of(new Sealed(rows.size(), new ChainAnchor(chain, position, previous)));
        } catch (SQLException e) {
            throw new EJBException("sealing the " + chain + " chain failed", e);
        }
    }

    /**
     * Seals what is waiting, then walks both chains from their first seal to their heads and recomputes
     * every seal from the rows as they are now. Reads a page of links at a time.
     */
    @RolesAllowed(Role.Names.AUDITOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Verification verify() {
        return verify(List.of());
    }

    /**
     * As {@link #verify()}, against the anchors given as text ({@code chain:position:seal}, field
     * {@code anchor}) and, when {@code fromFile}, the furthest of each chain in this server's anchor file.
     */
    @RolesAllowed(Role.Names.AUDITOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Verification verify(List<String> anchorTexts, boolean fromFile) {
        List<ChainAnchor> heads = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String text : anchorTexts) {
            // The refusal quotes what was sent, cut short: a query parameter may be any length.
            String quoted = text == null || text.length() <= 90 ? String.valueOf(text) : text.substring(0, 90) + "…";
            ChainAnchor.parse(text).ifPresentOrElse(heads::add,
                    () -> errors.add(FieldError.of("anchor", "audit.anchor.invalid", quoted)));
        }
        if (fromFile && anchors.file().isEmpty()) {
            errors.add(FieldError.of("anchors", "audit.anchors.noFile"));
        }
        Validation.reject(errors);
        if (fromFile) {
            heads.addAll(anchors.furthestInFile().values());
        }
        return verify(heads);
    }

    /**
     * As {@link #verify()}, and then holds each chain against its heads anchored outside the database
     * (ChainAnchors): a chain that now ends before an anchored place, or has another seal there, lost
     * sealed entries, which a walk of the database alone cannot see once the head was set back.
     */
    private Verification verify(List<ChainAnchor> heads) {
        Optional<Seal> seal = key.seal();
        if (seal.isEmpty()) {
            return Verification.broken(0, new Broken(null, null, null, Problem.KEY_MISSING));
        }
        sealBeforeChecking();
        long checked = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (String chain : List.of(REVISIONS, ACCESS)) {
                ChainWalk walk = new ChainWalk(chain, seal.get());
                Optional<Broken> broken = walk(connection, chain, walk);
                checked += walk.checked();
                if (broken.isPresent()) {
                    return Verification.broken(checked, broken.get());
                }
            }
            for (ChainAnchor anchor : heads) {
                Optional<Broken> behind = behind(connection, anchor);
                if (behind.isPresent()) {
                    return Verification.broken(checked, behind.get());
                }
            }
            for (String chain : List.of(REVISIONS, ACCESS)) {
                Optional<Broken> unsealed = notSealed(connection, chain);
                if (unsealed.isPresent()) {
                    return Verification.broken(checked, unsealed.get());
                }
            }
            return Verification.intact(checked);
        } catch (SQLException e) {
            throw new EJBException("verifying the audit chains failed", e);
        }
    }

    private Optional<Broken> walk(Connection connection, String chain, ChainWalk walk) throws SQLException {
        // The head as it is now bounds the walk: entries sealed while it runs are checked next time.
        Head head = head(connection, chain, false);
        long after = 0;
        while (true) {
            List<Map<String, String>> page = rows(connection, "select * from " + table(chain)
                    + " where seal_seq > " + after + " and seal_seq <= " + head.position()
                    + " order by seal_seq fetch first " + BATCH + " rows only");
            List<String> contents = contents(connection, chain, page);
            for (int i = 0; i < page.size(); i++) {
                Map<String, String> row = page.get(i);
                after = Long.parseLong(row.get("seal_seq"));
                Optional<Broken> broken = walk.follow(new Link(after, id(row), contents.get(i), row.get("seal_hmac")));
                if (broken.isPresent()) {
                    return broken;
                }
            }
            if (page.size() < BATCH) {
                return walk.end(head.position(), head.hmac());
            }
        }
    }

    /**
     * The anchor's place is past the head, or holds another seal. The walk before found the chain whole
     * up to its head, so a matching seal at the anchored place vouches for every entry up to it.
     */
    private Optional<Broken> behind(Connection connection, ChainAnchor anchor) throws SQLException {
        Head head = head(connection, anchor.chain(), false);
        String sealThere = null;
        if (anchor.position() <= head.position()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "select seal_hmac from " + table(anchor.chain()) + " where seal_seq = ?")) {
                select.setLong(1, anchor.position());
                try (ResultSet rs = select.executeQuery()) {
                    sealThere = rs.next() ? rs.getString(1) : null;
                }
            }
        }
        return anchor.hmac().equals(sealThere) ? Optional.empty()
                : Optional.of(new Broken(anchor.chain(), anchor.position(), null, Problem.BEHIND_ANCHOR));
    }

    /**
     * A row without a seal after sealing ran. A row committed a moment ago is one the next sealing
     * covers, so the rows found are given one more sealing before any is called a break.
     */
    private Optional<Broken> notSealed(Connection connection, String chain) throws SQLException {
        List<Long> unsealed = unsealedIds(connection, chain);
        if (unsealed.isEmpty()) {
            return Optional.empty();
        }
        sealBeforeChecking();
        Set<Long> stillUnsealed = Set.copyOf(unsealedIds(connection, chain));
        return unsealed.stream().filter(stillUnsealed::contains).findFirst()
                .map(id -> new Broken(chain, null, id, Problem.NOT_SEALED));
    }

    private List<Long> unsealedIds(Connection connection, String chain) throws SQLException {
        return rows(connection, "select id from " + table(chain) + " where seal_seq is null order by id fetch first "
                + UNSEALED_SAMPLE + " rows only").stream().map(AuditChain::id).toList();
    }

    /** A sealing that fails (a lock not granted in time) leaves rows unsealed, which the walk then reports. */
    private void sealBeforeChecking() {
        try {
            context.getBusinessObject(AuditChain.class).seal();
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Sealing before a verification failed", e);
        }
    }

    private record Head(long position, String hmac) {
    }

    private static Head head(Connection connection, String chain, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select last_seq, last_hmac from audit_chain where chain_name = ?" + (lock ? " for update" : ""))) {
            select.setString(1, chain);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the audit chain " + chain + " has no head row (see migration V6)");
                }
                return new Head(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private static String table(String chain) {
        return switch (chain) {
            case REVISIONS -> "audit_revision";
            case ACCESS -> "access_log_entry";
            default -> throw new IllegalArgumentException("no audit chain " + chain);
        };
    }

    /** The content to seal of each row, in the rows' order. */
    private static List<String> contents(Connection connection, String chain, List<Map<String, String>> rows)
            throws SQLException {
        if (chain.equals(ACCESS)) {
            return rows.stream().map(Seal::accessEntry).toList();
        }
        Map<Long, Map<String, List<Map<String, String>>>> written = auditRows(connection,
                rows.stream().map(AuditChain::id).toList());
        return rows.stream()
                .map(revision -> Seal.revision(revision, written.getOrDefault(id(revision), Map.of())))
                .toList();
    }

    /** The rows these revisions wrote, by revision and audit table. */
    private static Map<Long, Map<String, List<Map<String, String>>>> auditRows(Connection connection, List<Long> revisions)
            throws SQLException {
        Map<Long, Map<String, List<Map<String, String>>>> written = new HashMap<>();
        if (revisions.isEmpty()) {
            return written;
        }
        String ids = revisions.stream().map(String::valueOf).collect(Collectors.joining(","));
        String quote = connection.getMetaData().getIdentifierQuoteString();
        for (String table : auditTables(connection)) {
            for (Map<String, String> row : rows(connection,
                    "select * from " + quote + table + quote + " where rev in (" + ids + ")")) {
                written.computeIfAbsent(Long.parseLong(row.get("rev")), rev -> new HashMap<>())
                        .computeIfAbsent(table, t -> new ArrayList<>())
                        .add(row);
            }
        }
        return written;
    }

    /** Every Envers audit table, as the database names them (upper case on H2, lower case on PostgreSQL). */
    private static List<String> auditTables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        // No type filter in the call: H2 says "BASE TABLE" where PostgreSQL says "TABLE", and
        // PostgreSQL lists indexes too, whose names (pk_office_aud) end like the tables'.
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String type = rs.getString("TABLE_TYPE");
                if (name.toLowerCase(Locale.ROOT).endsWith("_aud") && ("TABLE".equals(type) || "BASE TABLE".equals(type))) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static long id(Map<String, String> row) {
        return Long.parseLong(row.get("id"));
    }

    /** The rows of a query, each as its columns by lower-case name with their values as stable text. */
    private static List<Map<String, String>> rows(Connection connection, String sql) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), text(rs, meta, column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A value as text that does not depend on the server's time zone or the driver's habits: instants
     * in UTC, dates and numbers in ISO and plain notation, booleans as true/false.
     */
    private static String text(ResultSet rs, ResultSetMetaData meta, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        String type = meta.getColumnTypeName(column).toLowerCase(Locale.ROOT);
        if (type.startsWith("timestamp")) {
            // PostgreSQL calls it timestamptz, H2 timestamp with time zone.
            return type.contains("tz") || type.contains("time zone")
                    ? rs.getObject(column, OffsetDateTime.class).toInstant().toString()
                    : rs.getObject(column, LocalDateTime.class).toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }
}
