package org.homeward.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.homeward.platform.ClientAddress;

/**
 * Writes the access log. Called by the services inside their own transaction, so an entry and the
 * change it belongs to commit together; alone (a denied request) it opens a transaction of its own.
 */
@ApplicationScoped
public class AccessLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Transactional
    public void record(String username, AccessAction action, String subjectType, Object subjectId, String detail) {
        em.persist(new AccessLogEntry(Instant.now(clock), username, action, currentAddress(), subjectType,
                subjectId == null ? null : subjectId.toString(), detail));
    }

    @Transactional
    public void record(String username, AccessAction action) {
        record(username, action, null, null, null);
    }

    private String currentAddress() {
        try {
            return clientAddress.value();
        } catch (jakarta.enterprise.context.ContextNotActiveException outsideRequest) {
            return null;
        }
    }
}
