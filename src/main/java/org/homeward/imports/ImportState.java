package org.homeward.imports;

/** Where an import stands: previewed (nothing written yet), being committed, committed, or failed with a message. */
public enum ImportState {
    PREVIEWED, COMMITTING, COMMITTED, FAILED
}
