package org.homeward.duplicates;

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
import java.util.Objects;

/**
 * A scan of the whole registry for duplicates, read in id order: how far it got, how many pairs it
 * queued, and whether someone asked it to stop. One runs at a time on any number of servers.
 */
@Entity
@Table(name = "duplicate_scan")
@NamedQuery(name = "DuplicateScan.running", query = "select s from DuplicateScan s where s.runningMarker = 1")
public class DuplicateScan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duplicate_scan_seq")
    @SequenceGenerator(name = "duplicate_scan_seq", sequenceName = "duplicate_scan_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ScanState state = ScanState.RUNNING;

    @Column(name = "started_by", nullable = false, updatable = false, length = 100)
    private String startedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(length = 100)
    private String node;

    @Column(nullable = false)
    private long total;

    @Column(nullable = false)
    private long done;

    @Column(nullable = false)
    private long queued;

    @Column(name = "last_person_id", nullable = false)
    private long lastPersonId;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    /** 1 while running, null after: unique, so a second scan cannot start on any server meanwhile. */
    @Column(name = "running_marker", unique = true)
    private Integer runningMarker = 1;

    @Version
    private long version;

    protected DuplicateScan() {
    }

    DuplicateScan(String startedBy, long total, String node, Instant now) {
        this.startedBy = Objects.requireNonNull(startedBy, "who started the scan is required");
        this.total = total;
        this.node = node;
        this.createdAt = now;
        this.heartbeatAt = now;
    }

    /** The people read up to and including {@code lastPersonId}, and the pairs they added to the queue. */
    void progress(long lastPersonId, long people, long pairs, Instant now) {
        this.lastPersonId = lastPersonId;
        this.done += people;
        this.queued += pairs;
        this.heartbeatAt = now;
    }

    void requestCancel() {
        if (!state.finished()) {
            cancelRequested = true;
        }
    }

    void end(ScanState how, Instant now) {
        this.state = how;
        this.finishedAt = now;
        this.runningMarker = null;
    }

    /** A running scan silent since before {@code silentSince}: its server stopped. */
    boolean abandoned(Instant silentSince) {
        return state == ScanState.RUNNING && heartbeatAt != null && heartbeatAt.isBefore(silentSince);
    }

    public Long getId() {
        return id;
    }

    public ScanState getState() {
        return state;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getTotal() {
        return total;
    }

    public long getDone() {
        return done;
    }

    public long getQueued() {
        return queued;
    }

    public long getLastPersonId() {
        return lastPersonId;
    }

    public String getNode() {
        return node;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }
}
