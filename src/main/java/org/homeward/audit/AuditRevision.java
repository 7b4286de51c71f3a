package org.homeward.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set in the audit trail: every entity version written in one transaction shares
 * it. Carries who made the change, when, from which address, and the reason they gave.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 1)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_time", nullable = false)
    private Instant revisionTime;

    @Column(length = 64)
    private String username;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(length = 500)
    private String reason;

    public Long getId() {
        return id;
    }

    public Instant getRevisionTime() {
        return revisionTime;
    }

    /** The user who made the change, or null for the system itself (start-up, migrations, demo data). */
    public String getUsername() {
        return username;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getReason() {
        return reason;
    }

    void stamp(String username, String clientAddress, String reason) {
        this.username = username;
        this.clientAddress = clientAddress;
        this.reason = reason;
    }
}
