package org.homeward.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Ids bound in one {@code in (...)} list. */
    private static final int IN_LIST = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Matcher matcher;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    void onRegistered(@Observes PersonRegistered registered) {
        queueCandidatesOfEach(List.of(registered.personId()), currentUser.getUsername());
    }

    /**
     * Queues the likely duplicates of each of these people not queued before, in their order; how many it
     * queued. The candidates are found together and the pairs already queued read in one go, which is what
     * lets a scan do a thousand people per page. A pair two of them find is queued once, by the first
     * (its score and explanation as that one sees it).
     */
    int queueCandidatesOfEach(List<Long> personIds, String foundBy) {
        Map<Long, List<Candidate>> found = matcher.candidatesOfEach(personIds, CANDIDATES_PER_PERSON);
        Set<List<Long>> known = queued(personIds);
        Instant now = Instant.now(clock);
        int queued = 0;
        for (Long personId : personIds) {
            for (Candidate candidate : found.getOrDefault(personId, List.of())) {
                if (candidate.score() < Threshold.LIKELY || candidate.personId() == personId) {
                    continue;
                }
                long lower = Math.min(personId, candidate.personId());
                long higher = Math.max(personId, candidate.personId());
                if (known.add(List.of(lower, higher))) {
                    em.persist(new DuplicatePair(lower, higher, candidate.score(), candidate.reasons(), foundBy, now));
                    queued++;
                }
            }
        }
        return queued;
    }

    /** The pairs, in whatever state, that any of these people is in already: lower id, higher id. */
    private Set<List<Long>> queued(List<Long> personIds) {
        Set<List<Long>> pairs = new HashSet<>();
        for (int from = 0; from < personIds.size(); from += IN_LIST) {
            List<Long> chunk = personIds.subList(from, Math.min(personIds.size(), from + IN_LIST));
            for (Object[] pair : em.createNamedQuery("DuplicatePair.involving", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                pairs.add(List.of((Long) pair[0], (Long) pair[1]));
            }
        }
        return pairs;
    }
}
