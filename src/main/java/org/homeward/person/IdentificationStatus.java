package org.homeward.person;

/** How sure the identification of remains is. */
public enum IdentificationStatus {
    UNIDENTIFIED, PRELIMINARY, CONFIRMED
}
