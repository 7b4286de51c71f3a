package org.homeward.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.homeward.platform.Database;

/**
 * The throttle rows of client addresses, made sure of before a failure is counted on one. Several first
 * failures from a new address at once (one guess each at many accounts) all try to insert its row. On
 * PostgreSQL the insert skips a row that is there; H2's MERGE does not see another transaction's insert
 * in flight, so the second writer fails on the key. The row is therefore made in a transaction of its
 * own, where that failure only means the row is there now, and the count that follows is not lost.
 */
@Stateless
public class SignInThrottles {

    @PersistenceContext
    EntityManager em;

    /** Makes sure the address has its throttle row (no failures yet), committed before the caller goes on. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureRow(String address, Instant now) {
        try {
            em.createNativeQuery(Database.of(em).insertUnlessPresent("sign_in_throttle", "client_address",
                            List.of("client_address", "failures", "last_failure_at")))
                    .setParameter(1, address).setParameter(2, 0).setParameter(3, now)
                    .executeUpdate();
        } catch (PersistenceException anotherWriterWasFirst) {
            // The row exists now: this transaction is rolled back with nothing in it, the caller counts on the row.
        }
    }
}
