package org.homeward.workflow;

/** Where a caseworker's request for a supervisor's approval of a status move stands. */
public enum ApprovalState {
    /** Waiting for a supervisor; nothing on the case has changed yet. */
    PENDING,
    /** A supervisor approved it and the move was made, with both names in the status history. */
    APPROVED,
    /** A supervisor declined it, with a reason; the case stays as it was. */
    DECLINED,
    /** The case changed status before anyone decided: closed without being applied. */
    STALE;

    public boolean isOpen() {
        return this == PENDING;
    }
}
