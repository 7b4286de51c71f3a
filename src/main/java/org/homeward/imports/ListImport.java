package org.homeward.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.homeward.matching.Reason;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.person.SourceKind;

/**
 * A list brought in by a user: where it came from, how it was read, what its preview found, and how far
 * its commit has got. Kept in the database so that every node shows the same preview and progress. Not
 * audited itself: the people it registers are, each with the list as their source.
 */
@Entity
@Table(name = "list_import")
@NamedQuery(name = "ListImport.abandoned",
        query = "update ListImport i set i.state = org.homeward.imports.ImportState.FAILED, i.failure = :why, i.updatedAt = :now, "
                + "i.version = i.version + 1 where i.state in (org.homeward.imports.ImportState.PREVIEWING, "
                + "org.homeward.imports.ImportState.COMMITTING) and (i.node = :node or i.updatedAt < :silentSince)")
@NamedQuery(name = "ListImport.ofUser",
        query = "select i from ListImport i where i.username = :username order by i.createdAt desc, i.id desc")
public class ListImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_import_seq")
    @SequenceGenerator(name = "list_import_seq", sequenceName = "list_import_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(nullable = false, length = 20, updatable = false)
    private String office;

    @Column(nullable = false, length = 500, updatable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 24, updatable = false)
    private SourceKind sourceKind;

    @Column(name = "received_on", updatable = false)
    private LocalDate receivedOn;

    @Column(name = "file_name", length = 200, updatable = false)
    private String fileName;

    @Column(length = 20)
    private String charset;

    @Column(length = 2)
    private String delimiter;

    @Column(length = 4000)
    private String header;

    @Column(length = 2000)
    private String mapping;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Side side;

    @Column(name = "file_problem", length = 1000)
    private String fileProblem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ImportState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "commit_mode", length = 16)
    private CommitMode commitMode;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "rows_total", nullable = false)
    private long rowsTotal;

    @Column(name = "rows_new", nullable = false)
    private long rowsNew;

    @Column(name = "rows_duplicate", nullable = false)
    private long rowsDuplicate;

    @Column(name = "rows_error", nullable = false)
    private long rowsError;

    @Column(name = "rows_committed", nullable = false)
    private long rowsCommitted;

    /** Rows whose registered person the commit nominated to the round. */
    @Column(name = "rows_nominated", nullable = false)
    private long rowsNominated;

    /** Rows likely a registered person whom the commit could not nominate (each row says why). */
    @Column(name = "rows_not_nominated", nullable = false)
    private long rowsNotNominated;

    @Column(length = 500)
    private String failure;

    /** Rows the file holds: how far a preview in the background has got. */
    @Column(name = "rows_expected", nullable = false)
    private long rowsExpected;

    /** The server previewing or committing it, so that the server, restarted, fails what it left. */
    @Column(length = 100)
    private String node;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ListImport() {
    }

    ListImport(String username, String office, String source, SourceKind sourceKind, LocalDate receivedOn, String fileName, ImportDefaults defaults,
            Instant now) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.office = Objects.requireNonNull(office, "office is required");
        this.source = Objects.requireNonNull(source, "source is required");
        this.sourceKind = Objects.requireNonNull(sourceKind, "source kind is required");
        this.receivedOn = receivedOn;
        this.fileName = fileName;
        this.category = defaults.category();
        this.side = defaults.side();
        this.state = ImportState.PREVIEWING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** How the file was read; {@code problem} (JSON) when it could not be read or mapped at all. */
    void read(String charset, char delimiter, String header, String mapping, String problem, long rows, String by) {
        this.rowsExpected = rows;
        this.node = by;
        this.charset = charset;
        this.delimiter = String.valueOf(delimiter);
        this.header = header;
        this.mapping = mapping;
        this.fileProblem = problem;
    }

    /** Read again with another mapping: the preview starts over. */
    void remapped(String mapping, Instant now) {
        this.mapping = mapping;
        this.rowsTotal = 0;
        this.rowsNew = 0;
        this.rowsDuplicate = 0;
        this.rowsError = 0;
        this.updatedAt = now;
    }

    /** A batch of the preview stored: a sign of life, too, for whoever looks for imports a stopped server left. */
    void judged(List<ImportRow> rows, Instant now) {
        rows.forEach(row -> counted(row.getState()));
        this.updatedAt = now;
    }

    void previewed(Instant now) {
        this.state = ImportState.PREVIEWED;
        this.updatedAt = now;
    }

    void counted(RowState rowState) {
        rowsTotal++;
        switch (rowState) {
            case NEW -> rowsNew++;
            case DUPLICATE -> rowsDuplicate++;
            case ERROR -> rowsError++;
        }
    }

    /** Starts the commit, or takes up one that stopped: whatever was committed stays committed. */
    void startCommit(CommitMode mode, Long round, String by, Instant now) {
        this.node = by;
        this.state = ImportState.COMMITTING;
        this.commitMode = mode;
        this.roundId = round;
        this.failure = null;
        this.updatedAt = now;
    }

    void committed(long rows, Instant now) {
        this.rowsCommitted += rows;
        this.updatedAt = now;
    }

    /** The rows' people put on the round, and those that could not be. */
    void nominated(long rows, long notRows) {
        this.rowsNominated += rows;
        this.rowsNotNominated += notRows;
    }

    void finish(Instant now) {
        this.state = ImportState.COMMITTED;
        this.updatedAt = now;
    }

    /** Stopped, with why as a message key and its arguments (so that it reads whole in every language). */
    void fail(Reason why, Instant now) {
        this.state = ImportState.FAILED;
        String kept = why.arguments().isEmpty() ? why.messageKey() : Findings.reasons(List.of(why));
        this.failure = kept.length() <= 500 ? kept : why.messageKey();
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getOffice() {
        return office;
    }

    public String getSource() {
        return source;
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getFileName() {
        return fileName;
    }

    public String getCharset() {
        return charset;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public String getHeader() {
        return header;
    }

    public String getMapping() {
        return mapping;
    }

    public ImportDefaults defaults() {
        return new ImportDefaults(category, side, office);
    }

    public String getFileProblem() {
        return fileProblem;
    }

    public ImportState getState() {
        return state;
    }

    public CommitMode getCommitMode() {
        return commitMode;
    }

    public Long getRoundId() {
        return roundId;
    }

    public long getRowsTotal() {
        return rowsTotal;
    }

    public long getRowsNew() {
        return rowsNew;
    }

    public long getRowsDuplicate() {
        return rowsDuplicate;
    }

    public long getRowsError() {
        return rowsError;
    }

    public long getRowsExpected() {
        return rowsExpected;
    }

    public long getRowsCommitted() {
        return rowsCommitted;
    }

    public long getRowsNominated() {
        return rowsNominated;
    }

    public long getRowsNotNominated() {
        return rowsNotNominated;
    }

    /**
     * Why it stopped, or null: a bare message key (as the recovery of a stopped server writes it) or, when
     * the reason has arguments, the key with them.
     */
    public Reason getFailure() {
        if (failure == null) {
            return null;
        }
        return failure.startsWith("[") ? Findings.reasons(failure).get(0) : new Reason(failure, List.of());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
