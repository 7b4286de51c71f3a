package org.homeward.imports;

/**
 * Where an import stands: being previewed (a large list, in the background), previewed (nothing written
 * yet), being committed, committed, or failed with a message.
 */
public enum ImportState {
    PREVIEWING, PREVIEWED, COMMITTING, COMMITTED, FAILED
}
