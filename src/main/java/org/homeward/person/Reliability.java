package org.homeward.person;

/** How far a source is to be trusted, as the caseworker judges it. */
public enum Reliability {
    CONFIRMED, PROBABLE, POSSIBLE, DOUBTFUL
}
