package org.homeward.workflow;

import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;

/**
 * A person's status changed, in the transaction still running. {@code byRound} is false for a move made
 * by hand: an exchange round that listed the person must then let them go.
 */
public record StatusChanged(Person person, RepatriationStatus from, RepatriationStatus to, boolean byRound) {
}
