package org.homeward.platform;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * Someone else saved the record after the caller read it. The caller's change is refused rather than
 * silently overwriting theirs; the message says who changed it and when, so the user can reload.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public Conflict(String changedBy, Instant changedAt) {
        super("changed by another user");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved the version the caller did not see; null when the audit trail does not say. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
