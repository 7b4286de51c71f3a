package org.homeward.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.homeward.access.CurrentUser;
import org.homeward.workflow.StatusChanged;

/**
 * A listed person whose status a supervisor changed by hand (declared dead, case closed) leaves the
 * round: their nomination is withdrawn in the same transaction, so the list never counts someone the
 * exchange cannot take.
 */
@ApplicationScoped
public class RoundsLetGo {

    @Inject
    RoundRepository repository;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    void onStatusChanged(@Observes StatusChanged change) {
        if (change.byRound()) {
            return;
        }
        repository.holding(change.person().getId()).ifPresent(nomination -> nomination.decide(Outcome.WITHDRAWN,
                        "Status changed by hand to " + change.to(), currentUser.getUsername(), Instant.now(clock)));
    }
}
