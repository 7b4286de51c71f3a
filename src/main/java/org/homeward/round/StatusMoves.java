package org.homeward.round;

import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;
import org.homeward.workflow.StatusReason;

/**
 * How a round's rules move the people on its list: the service writes each move into the person's
 * status history (through the workflow's ledger); a test without a database just moves the person.
 */
@FunctionalInterface
public interface StatusMoves {

    void move(Person person, RepatriationStatus to, StatusReason reason);
}
