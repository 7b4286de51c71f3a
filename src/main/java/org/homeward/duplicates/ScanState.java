package org.homeward.duplicates;

/** Where a scan of the whole registry for duplicates stands. */
public enum ScanState {
    RUNNING, DONE, CANCELLED, FAILED;

    boolean finished() {
        return this != RUNNING;
    }
}
