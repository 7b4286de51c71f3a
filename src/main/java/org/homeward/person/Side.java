package org.homeward.person;

/** Whose national: OWN (to be brought home) or HELD (the other side's national in our custody, available for exchange). */
public enum Side {
    OWN, HELD
}
