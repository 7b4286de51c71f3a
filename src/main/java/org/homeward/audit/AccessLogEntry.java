package org.homeward.audit;

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
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the access log: someone signed in, failed to, was denied, or opened a record. Holds
 * identifiers (a username, a record id), never the personal data itself. Entries are only added.
 */
@Entity
@Table(name = "access_log_entry")
@NamedQuery(name = "AccessLogEntry.byUser",
        query = "select e from AccessLogEntry e where e.username = :username order by e.occurredAt desc, e.id desc")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = 64, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AccessAction action;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "subject_type", length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", length = 64, updatable = false)
    private String subjectId;

    @Column(length = 500, updatable = false)
    private String detail;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Instant occurredAt, String username, AccessAction action, String clientAddress,
                   String subjectType, String subjectId, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "time is required");
        this.action = Objects.requireNonNull(action, "action is required");
        this.username = clip(username, 64);
        this.clientAddress = clip(clientAddress, 64);
        this.subjectType = clip(subjectType, 40);
        this.subjectId = clip(subjectId, 64);
        this.detail = clip(detail, 500);
    }

    /** A sign-in attempt may carry any text as a username; what is kept is bounded. */
    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public AccessAction getAction() {
        return action;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
