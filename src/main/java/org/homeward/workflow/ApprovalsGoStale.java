package org.homeward.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.homeward.access.CurrentUser;

/**
 * A case whose status changed while a request for approval waited makes the request stale, in the same
 * transaction: the move was asked from a status the case no longer has, so it is closed and never
 * applied (the requester sees why in My work). An approved request is closed before its own move is
 * made, so that move does not count.
 */
@ApplicationScoped
public class ApprovalsGoStale {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    void onStatusChanged(@Observes StatusChanged change) {
        // Read by the unique index and without flushing first: an exchange fires this for hundreds of
        // people in one transaction, and a request closed in memory (just approved) is skipped below.
        em.createNamedQuery("ApprovalRequest.openFor", ApprovalRequest.class)
                .setParameter("personId", change.person().getId())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .filter(request -> request.getState().isOpen())
                .findFirst()
                .ifPresent(request -> request.goStale(currentUser.getUsername(), Instant.now(clock), change.to()));
    }
}
