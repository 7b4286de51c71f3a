package org.homeward.person;

/**
 * A person was registered, in the transaction still running (their row is written): whoever looks for
 * the same person elsewhere in the registry learns it without the registry knowing them.
 */
public record PersonRegistered(long personId) {
}
