package org.homeward.export;

/** Where an export job is. */
public enum ExportState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED,
    /** Done, and its file deleted after the retention period. */
    EXPIRED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
