package org.homeward.platform;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.util.List;

/**
 * Someone else saved the record after the caller read it. The caller's change is refused rather than
 * silently overwriting theirs; the message says who changed it and when, so the user can reload.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final String messageKey;
    private final List<Object> arguments;

    public Conflict(String changedBy, Instant changedAt) {
        super("changed by another user");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.messageKey = null;
        this.arguments = List.of();
    }

    private Conflict(String messageKey, List<Object> arguments) {
        super("refused by the state of the record: " + messageKey);
        this.changedBy = null;
        this.changedAt = null;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * The record is in a state that stands in the way of the change (a request already waiting, one
     * decided meanwhile) rather than saved by someone since it was read: the sentence, a message key
     * with its arguments, says what stands in the way.
     */
    public static Conflict because(String messageKey, Object... arguments) {
        return new Conflict(messageKey, List.of(arguments));
    }

    /** The key of the sentence saying what stands in the way; null for a plain "changed by …". */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** Who saved the version the caller did not see; null when the audit trail does not say. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
