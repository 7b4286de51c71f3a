package org.homeward.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Writes pending changes now, inside the service method, so that a version clash between two users
 * who saved at the same moment becomes a {@link Conflict} the user can act on, not a failed commit.
 */
public final class ConcurrentSave {

    private ConcurrentSave() {
    }

    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException clash) {
            throw new Conflict(null, null);
        }
    }
}
