package org.homeward.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.homeward.access.CurrentUser;
import org.homeward.matching.Candidate;
import org.homeward.matching.Matcher;
import org.homeward.matching.Threshold;
import org.homeward.person.PersonRegistered;

/**
 * Puts a person's likely duplicates into the queue, in the caller's transaction: when they are registered
 * (whoever registers them, so no role of its own: it writes only what the matcher found) and for each
 * person a scan reads. A pair already queued, in whatever state, is left as it is: a dismissed pair
 * does not come back.
 */
@ApplicationScoped
public class DuplicateQueue {


    /** Candidates asked of the matcher per person: more than this many look-alikes is a name, not a duplicate. */
    static final int CANDIDATES_PER_PERSON = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Matcher matcher;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    void onRegistered(@Observes PersonRegistered registered) {
        queueCandidatesOf(registered.personId(), currentUser.getUsername());
    }

    /** Queues the person's likely duplicates not queued before; how many it queued. */
    int queueCandidatesOf(long personId, String foundBy) {
        int queued = 0;
        for (Candidate candidate : matcher.candidatesOf(personId, CANDIDATES_PER_PERSON)) {
            if (candidate.score() < Threshold.LIKELY || candidate.personId() == personId) {
                continue;
            }
            long lower = Math.min(personId, candidate.personId());
            long higher = Math.max(personId, candidate.personId());
            boolean known = !em.createNamedQuery("DuplicatePair.of", DuplicatePair.class).setParameter("lower", lower)
                    .setParameter("higher", higher).getResultList().isEmpty();
            if (!known) {
                em.persist(new DuplicatePair(lower, higher, candidate.score(), candidate.reasons(), foundBy,
                        Instant.now(clock)));
                queued++;
            }
        }
        return queued;
    }
}
