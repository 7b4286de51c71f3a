package org.homeward.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * Writes pending changes now, inside the service method, so that a version clash between two users
 * who saved at the same moment becomes a {@link Conflict} the user can act on, not a failed commit.
 */
public final class ConcurrentSave {

    private ConcurrentSave() {
    }

    /**
     * Takes the row of an entity read earlier in this transaction for this transaction alone, checking
     * that nobody saved it since: of two users acting on the same record at once, the second waits for
     * the first and is then told the record changed.
     */
    public static void lock(EntityManager em, Object entity) {
        try {
            em.lock(entity, LockModeType.PESSIMISTIC_WRITE);
        } catch (OptimisticLockException | jakarta.persistence.PessimisticLockException clash) {
            throw new Conflict(null, null);
        }
    }

    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException clash) {
            throw new Conflict(null, null);
        }
    }
}
