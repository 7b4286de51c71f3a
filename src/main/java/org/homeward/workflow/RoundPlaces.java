package org.homeward.workflow;

import java.io.Serializable;
import java.util.Optional;

/**
 * The exchange round a person is on, as the status section names it. Rounds answer it: they move
 * people through the workflow, so they depend on it, and the workflow reads them only through this.
 */
public interface RoundPlaces {

    /**
     * A person's place on the open round holding them: the round, where it stands, the nomination and
     * its outcome (the names of round's own choices, for the bundles' {@code RoundStatus.*} and
     * {@code Outcome.*}).
     */
    record RoundPlace(long roundId, String roundName, String roundStatus, long nominationId, String outcome) implements Serializable {
    }

    /** The open round holding the person, if one does; refused as the case is, outside the reader's scope. */
    Optional<RoundPlace> holding(long personId);
}
