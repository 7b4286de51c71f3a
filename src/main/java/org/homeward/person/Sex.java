package org.homeward.person;

/** Sex as recorded in the source documents. */
public enum Sex {
    MALE, FEMALE, UNKNOWN
}
