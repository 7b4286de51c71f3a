package org.homeward.imports;

/** What the preview found a row to be: a new person, likely a person already registered, or a row with errors. */
public enum RowState {
    NEW, DUPLICATE, ERROR
}
