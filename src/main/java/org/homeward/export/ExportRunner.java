package org.homeward.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.platform.Counters;
import org.homeward.platform.Counters.Counted;
import org.homeward.platform.Csv;
import org.homeward.platform.Database;

/**
 * Writes an export's file: rows read with a database cursor on PostgreSQL (a forward-only result set
 * fetched ten thousand rows at a time, in a read-only transaction so that PostgreSQL really uses a
 * cursor), in pages of ten thousand rows by case id on H2 (see {@link ExportPlan#personPageSql}), and
 * written straight to the file by a second thread (see {@link RowHandOff}), so memory stays the same whatever the size.
 * Reports progress every two seconds and stops when the job is cancelled. On success the export goes to the access log.
 * Runs on a managed executor's thread or, for a small export, on the request's.
 */
@ApplicationScoped
public class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

    /**
     * Rows fetched per round trip, or read per page on H2: the reading thread waits for each fetch while
     * the database works, so fewer, larger fetches; ten thousand rows of a person export are a few megabytes.
     */
    static final int FETCH_SIZE = 10_000;

    /**
     * How often a running job reports its rows (which is also its heartbeat, see {@link ExportJob#abandoned})
     * and learns whether it was cancelled: each report is a transaction locking the job's row.
     */
    static final long REPORT_EVERY_NANOS = 2_000_000_000L;

    @Resource(lookup = "java:jboss/datasources/HomewardDS")
    DataSource dataSource;

    /** The second thread of a person-level export, which prints and writes while the cursor is read. */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportSettings settings;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Inject
    Counters counters;

    /** Runs the job; the password, when given, is wiped when done. */
    void run(long jobId, ExportPlan plan, char[] zipPassword) {
        Path csvFile = null;
        Path zipFile = null;
        try {
            if (!jobs.start(jobId)) {
                return;
            }
            Path directory = settings.directory();
            Files.createDirectories(directory);
            csvFile = directory.resolve(ExportJob.fileName(jobId, "csv"));
            long rows = write(jobId, plan, csvFile);
            if (rows < 0) {
                Files.deleteIfExists(csvFile);
                jobs.stopCancelled(jobId);
                return;
            }
            String fileName = csvFile.getFileName().toString();
            if (zipPassword != null) {
                zipFile = directory.resolve(ExportJob.fileName(jobId, "zip"));
                zip(csvFile, zipFile, zipPassword);
                Files.delete(csvFile);
                fileName = zipFile.getFileName().toString();
            }
            jobs.finish(jobId, rows, fileName);
            accessLog.record(plan.username(), AccessAction.DATA_EXPORTED, "export", jobId, plan.logDetail() + " rows=" + rows);
            counters.count(Counted.EXPORT_DONE);
        } catch (IOException | SQLException | RuntimeException e) {
            boolean diskFull = diskFull(e);
            // The class only: a message could quote a value of the data (the disk's "no space" quotes none).
            LOG.log(Level.WARNING, "Export job {0} failed: {1}", new Object[] {jobId,
                    diskFull ? "the export directory's disk is full" : e.getClass().getName()});
            // Deleted before anything else, so that a full disk has its room back at once.
            deleteQuietly(csvFile);
            deleteQuietly(zipFile);
            jobs.fail(jobId, diskFull ? ExportJob.DISK_FULL : e.getClass().getSimpleName());
            counters.count(Counted.EXPORT_FAILED);
        } finally {
            if (zipPassword != null) {
                Arrays.fill(zipPassword, '\0');
            }
        }
    }

    /** How many rows a person-level export will write. */
    long count(ExportPlan plan) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(plan.countSql())) {
            bind(statement, plan.parameters());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Rows written, or -1 when the job was cancelled on the way. */
    long write(long jobId, ExportPlan plan, Path file) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Csv csv = Csv.to(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20), plan.bom())) {
                return plan.profile() == ExportProfile.AGGREGATE
                        ? writeAggregate(connection, plan, csv)
                        : writePersons(jobId, connection, plan, csv);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        }
    }

    private long writePersons(long jobId, Connection connection, ExportPlan plan, Csv csv) throws IOException, SQLException {
        List<PersonColumns.Column> columns = PersonColumns.of(plan.profile());
        csv.row(columns.stream().map(PersonColumns.Column::header).toList());
        if (plan.hxl()) {
            csv.row(columns.stream().map(PersonColumns.Column::hxl).toList());
        }
        PersonColumns.Reader[] readers = columns.stream().map(PersonColumns.Column::reader).toArray(PersonColumns.Reader[]::new);
        Pseudonyms pseudonyms = plan.pseudonymKey() == null ? null : new Pseudonyms(plan.pseudonymKey());
        Database database = Database.of(connection.getMetaData().getDatabaseProductName());
        if (database == Database.POSTGRESQL) {
            // The moments then come as text at offset zero, which PersonColumns rewrites without parsing.
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL TIME ZONE 'UTC'");
            }
        }
        try (RowHandOff rows = new RowHandOff(threads, readers.length, csv::row)) {
            Copy copy = new Copy(jobId, readers, pseudonyms, rows);
            if (database == Database.H2) {
                String sql = plan.personPageSql(FETCH_SIZE, primaryKeyOfPersons(connection));
                for (long copied = FETCH_SIZE; copied == FETCH_SIZE; ) {
                    try (PreparedStatement page = connection.prepareStatement(sql)) {
                        bind(page, plan.parameters());
                        page.setLong(plan.parameters().size() + 1, copy.lastId);
                        try (ResultSet result = page.executeQuery()) {
                            copied = copy.from(result, true);
                        }
                    }
                    if (copied < 0) {
                        return -1;
                    }
                }
            } else {
                try (PreparedStatement statement = connection.prepareStatement(plan.personSql(), ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
                    statement.setFetchSize(FETCH_SIZE);
                    bind(statement, plan.parameters());
                    try (ResultSet result = statement.executeQuery()) {
                        if (copy.from(result, false) < 0) {
                            return -1;
                        }
                    }
                }
            }
            return rows.finish();
        }
    }

    /** The name H2 gave the primary key index of the people's table. */
    private static String primaryKeyOfPersons(Connection connection) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select index_name from information_schema.indexes"
                     + " where table_schema = current_schema and table_name = 'PERSON' and index_type_name = 'PRIMARY KEY'")) {
            if (!result.next()) {
                throw new SQLException("no primary key index on PERSON");
            }
            return result.getString(1);
        }
    }

    /** Copies the rows of results into the hand-off to the writing thread, reporting the job's progress. */
    private final class Copy {
        private final long jobId;
        private final PersonColumns.Reader[] readers;
        private final Pseudonyms pseudonyms;
        private final RowHandOff rows;
        private long read;
        private long nextReport = System.nanoTime() + REPORT_EVERY_NANOS;
        /** The case id of the last row copied from a page (keyed results only). */
        long lastId;

        Copy(long jobId, PersonColumns.Reader[] readers, Pseudonyms pseudonyms, RowHandOff rows) {
            this.jobId = jobId;
            this.readers = readers;
            this.pseudonyms = pseudonyms;
            this.rows = rows;
        }

        /**
         * The rows copied from the result, or -1 when the job was cancelled meanwhile; {@code keyed}: the
         * result carries the case id in the column after the file's.
         */
        long from(ResultSet result, boolean keyed) throws IOException, SQLException {
            long copied = 0;
            while (result.next()) {
                Object[] values = rows.nextRow();
                for (int i = 0; i < values.length; i++) {
                    values[i] = readers[i].read(result, i + 1);
                }
                if (pseudonyms != null) {
                    values[0] = pseudonyms.of((Long) values[0]);
                }
                if (keyed) {
                    lastId = result.getLong(readers.length + 1);
                }
                copied++;
                if ((++read & 1023) == 0 && System.nanoTime() - nextReport >= 0) {
                    if (jobs.progress(jobId, rows.written())) {
                        return -1;
                    }
                    nextReport = System.nanoTime() + REPORT_EVERY_NANOS;
                }
            }
            return copied;
        }
    }

    /** The counts by the two dimensions, with totals, small cells suppressed; the number of lines. */
    private long writeAggregate(Connection connection, ExportPlan plan, Csv csv) throws SQLException {
        Dimension rowsBy = plan.filters().rows();
        Dimension columnsBy = plan.filters().columns();
        int thisYear = LocalDate.now(clock).getYear();
        Map<String, Map<String, Long>> counts = new TreeMap<>(LABELS);
        try (PreparedStatement statement = connection.prepareStatement(plan.aggregateSql())) {
            bind(statement, plan.parameters());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String a = rowsBy.label(result.getObject(1), thisYear);
                    String b = columnsBy.label(result.getObject(2), thisYear);
                    counts.computeIfAbsent(a, k -> new TreeMap<>(LABELS)).merge(b, result.getLong(3), Long::sum);
                }
            }
        }
        List<String> rowLabels = new ArrayList<>(counts.keySet());
        List<String> columnLabels = counts.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted(LABELS).toList();
        long[][] table = new long[rowLabels.size() + 1][columnLabels.size() + 1];
        for (int r = 0; r < rowLabels.size(); r++) {
            for (int c = 0; c < columnLabels.size(); c++) {
                long value = counts.get(rowLabels.get(r)).getOrDefault(columnLabels.get(c), 0L);
                table[r][c] = value;
                table[r][columnLabels.size()] += value;
                table[rowLabels.size()][c] += value;
                table[rowLabels.size()][columnLabels.size()] += value;
            }
        }
        boolean[][] hidden = SmallCells.suppress(table);
        csv.row(rowsBy.header(), columnsBy.header(), "persons");
        if (plan.hxl()) {
            csv.row(rowsBy.hxl(), columnsBy.hxl(), "#affected+ind");
        }
        long lines = 0;
        for (int r = 0; r <= rowLabels.size(); r++) {
            for (int c = 0; c <= columnLabels.size(); c++) {
                String rowLabel = r == rowLabels.size() ? TOTAL : rowLabels.get(r);
                String columnLabel = c == columnLabels.size() ? TOTAL : columnLabels.get(c);
                csv.row(rowLabel, columnLabel, hidden[r][c] ? SUPPRESSED : (Object) table[r][c]);
                lines++;
            }
        }
        return lines;
    }

    /** Shown in place of a count from 1 to 4, and of the counts suppressed to protect one. */
    public static final String SUPPRESSED = "<5";
    public static final String TOTAL = "total";

    /** Age bands and months in their natural order, everything else alphabetical, unknown last. */
    static final Comparator<String> LABELS = Comparator
            .comparing((String label) -> label.equals(Dimension.UNKNOWN))
            .thenComparing(label -> leadingNumber(label))
            .thenComparing(Comparator.naturalOrder());

    private static long leadingNumber(String label) {
        int end = 0;
        while (end < label.length() && Character.isDigit(label.charAt(end))) {
            end++;
        }
        return end == 0 || end > 12 ? Long.MAX_VALUE : Long.parseLong(label.substring(0, end));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static void zip(Path csvFile, Path zipFile, char[] password) throws IOException {
        ZipParameters parameters = new ZipParameters();
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        try (ZipFile zip = new ZipFile(zipFile.toFile(), password)) {
            zip.addFile(csvFile.toFile(), parameters);
        }
    }

    /**
     * Whether the write failed because the disk is full. Java has no exception of its own for it: the
     * file system's message ("No space left on device", ENOSPC; "Disk quota exceeded", EDQUOT) is all
     * there is, on the exception itself or on one it wraps (the zip library's, the writer thread's).
     */
    static boolean diskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IOException && message != null
                    && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A file left behind is removed with its job's expiry.
            }
        }
    }
}
