package org.homeward.export;

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
import java.util.List;
import java.util.Objects;

/**
 * One export asked for by a user: its profile, filters and purpose, and how far it has got. Kept in
 * the database so that any node can report it; the file it made is kept until {@code expiresAt}. Not
 * audited: the access log records each export, and a job's progress is not history.
 */
@Entity
@Table(name = "export_job")
@NamedQuery(name = "ExportJob.ofUser",
        query = "select j from ExportJob j where j.username = :username order by j.createdAt desc, j.id desc")
@NamedQuery(name = "ExportJob.unfinished",
        query = "select j from ExportJob j where j.state in (org.homeward.export.ExportState.QUEUED, org.homeward.export.ExportState.RUNNING)")
@NamedQuery(name = "ExportJob.expired",
        query = "select j from ExportJob j where j.expiresAt < :now and j.state <> org.homeward.export.ExportState.EXPIRED")
public class ExportJob {

    /** The failure of a job whose server stopped while it ran; the page says so in words. */
    public static final String SERVER_STOPPED = "SERVER_STOPPED";

    /** The failure of a job whose file did not fit on the export directory's disk; the page says so in words. */
    public static final String DISK_FULL = "DISK_FULL";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_job_seq")
    @SequenceGenerator(name = "export_job_seq", sequenceName = "export_job_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "agreement_id", updatable = false)
    private Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ExportProfile profile;

    @Column(length = 500, updatable = false)
    private String filters;

    @Column(nullable = false, length = 500, updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ExportState state;

    @Column(name = "rows_expected", nullable = false)
    private long rowsExpected;

    @Column(name = "rows_written", nullable = false)
    private long rowsWritten;

    @Column(nullable = false, updatable = false)
    private boolean zipped;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(length = 200)
    private String failure;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** The server running the job (jboss.node.name), from its start. */
    @Column(length = 100)
    private String node;

    /** When the running job last reported: a job whose server stopped falls silent. */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    protected ExportJob() {
    }

    ExportJob(String username, Long organisationId, Long agreementId, ExportProfile profile, String filters,
              String purpose, long rowsExpected, boolean zipped, Instant createdAt, Instant expiresAt) {
        this.username = Objects.requireNonNull(username, "user is required");
        this.organisationId = organisationId;
        this.agreementId = agreementId;
        this.profile = Objects.requireNonNull(profile, "profile is required");
        this.filters = filters;
        this.purpose = Objects.requireNonNull(purpose, "purpose is required");
        this.rowsExpected = rowsExpected;
        this.zipped = zipped;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.state = ExportState.QUEUED;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public ExportProfile getProfile() {
        return profile;
    }

    public String getFilters() {
        return filters;
    }

    public String getPurpose() {
        return purpose;
    }

    public ExportState getState() {
        return state;
    }

    public long getRowsExpected() {
        return rowsExpected;
    }

    public long getRowsWritten() {
        return rowsWritten;
    }

    public boolean isZipped() {
        return zipped;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFailure() {
        return failure;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getNode() {
        return node;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    /** The server whose executor will run the job; it is lost with that server's queue if it stops. */
    void queueOn(String node) {
        this.node = node;
    }

    /** Starts the job on that server unless it was cancelled before it began; whether it started. */
    boolean start(String node, Instant at) {
        if (state != ExportState.QUEUED || cancelRequested) {
            return false;
        }
        state = ExportState.RUNNING;
        this.node = node;
        heartbeatAt = at;
        return true;
    }

    void progress(long rows, Instant at) {
        rowsWritten = rows;
        heartbeatAt = at;
    }

    /**
     * Whether the job was left behind by a server that stopped: queued or running, and either on this
     * server when it starts ({@code restartedNode}), or silent since {@code silentSince} on any server.
     */
    boolean abandoned(String restartedNode, Instant silentSince) {
        if (state != ExportState.QUEUED && state != ExportState.RUNNING) {
            return false;
        }
        if (restartedNode != null && restartedNode.equals(node)) {
            return true;
        }
        Instant lastSign = heartbeatAt != null ? heartbeatAt : createdAt;
        return lastSign.isBefore(silentSince);
    }

    /** The files a run of this job writes, finished or not: what to delete when it is abandoned. */
    static List<String> filesOf(long id) {
        return List.of(fileName(id, "csv"), fileName(id, "zip"));
    }

    static String fileName(long id, String extension) {
        return "export-" + id + "." + extension;
    }

    void finish(long rows, String fileName, Instant at) {
        this.rowsWritten = rows;
        this.fileName = fileName;
        this.finishedAt = at;
        this.state = ExportState.DONE;
    }

    void fail(String why, Instant at) {
        this.failure = why == null ? null : why.substring(0, Math.min(200, why.length()));
        this.finishedAt = at;
        this.state = ExportState.FAILED;
    }

    /** Asks a running job to stop, and stops a queued one at once. */
    void cancel(Instant at) {
        cancelRequested = true;
        if (state == ExportState.QUEUED || state == ExportState.DONE) {
            state = ExportState.CANCELLED;
            finishedAt = finishedAt == null ? at : finishedAt;
        }
    }

    void stopCancelled(Instant at) {
        state = ExportState.CANCELLED;
        finishedAt = at;
    }

    void expire() {
        state = ExportState.EXPIRED;
    }
}
