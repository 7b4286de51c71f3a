package org.homeward.imports;

/** How much of a list is written: nothing unless every row is valid, or the valid rows only. */
public enum CommitMode {
    ALL_OR_NOTHING, VALID_ONLY
}
