package org.homeward.person;

/** What happened to the person: the event that made them a case. */
public enum Circumstance {
    CAPTURE, DETENTION, DEPORTATION, DISAPPEARANCE, DEATH
}
