package org.homeward.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.person.Category;
import org.homeward.person.Person;
import org.homeward.person.Side;
import org.homeward.platform.NotFound;

/**
 * Rounds and their lists as stored: finding them, the lists a round's rules work on, and the tallies of
 * outcomes the pages show. Queries are named on {@link ExchangeRound} and {@link Nomination}. Runs in
 * the caller's transaction; who may read what is the caller's rule.
 */
@ApplicationScoped
public class RoundRepository {

    @PersistenceContext
    EntityManager em;

    public ExchangeRound require(long roundId) {
        return found(roundId, em.find(ExchangeRound.class, roundId));
    }

    /** The round, if there is one. */
    public Optional<ExchangeRound> find(long roundId) {
        return Optional.ofNullable(em.find(ExchangeRound.class, roundId));
    }

    /** The round, locked until the transaction ends: two supervisors acting on it at once take turns. */
    public ExchangeRound requireLocked(long roundId) {
        return found(roundId, em.find(ExchangeRound.class, roundId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static ExchangeRound found(long roundId, ExchangeRound round) {
        if (round == null) {
            throw new NotFound("round", roundId);
        }
        return round;
    }

    public void add(ExchangeRound round) {
        em.persist(round);
    }

    public void add(Nomination nomination) {
        em.persist(nomination);
    }

    /** One page of rounds, newest talks first, optionally of one status. */
    public List<ExchangeRound> page(RoundStatus status, int first, int size) {
        var query = status == null ? em.createNamedQuery("ExchangeRound.all", ExchangeRound.class)
                : em.createNamedQuery("ExchangeRound.withStatus", ExchangeRound.class).setParameter("status", status);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(RoundStatus status) {
        var query = status == null ? em.createNamedQuery("ExchangeRound.allCount", Long.class)
                : em.createNamedQuery("ExchangeRound.withStatusCount", Long.class).setParameter("status", status);
        return query.getSingleResult();
    }

    /** The outcomes of each round's list, by round id, in one query. */
    public Map<Long, Tally> talliesOf(List<ExchangeRound> rounds) {
        Map<Long, Tally> tallies = new HashMap<>();
        if (!rounds.isEmpty()) {
            for (Object[] row : em.createNamedQuery("Nomination.tallyOfRounds", Object[].class)
                    .setParameter("rounds", rounds).getResultList()) {
                tallies.computeIfAbsent((Long) row[0], id -> new Tally()).add((Outcome) row[1], (Long) row[2]);
            }
        }
        return tallies;
    }

    /** The outcomes of the round's list per side and category. */
    public Map<RoundViews.Group, Tally> balanceOf(ExchangeRound round) {
        Map<RoundViews.Group, Tally> tallies = new HashMap<>();
        if (round.getId() != null) {
            for (Object[] row : em.createNamedQuery("Nomination.balanceOf", Object[].class)
                    .setParameter("round", round).getResultList()) {
                tallies.computeIfAbsent(new RoundViews.Group((Side) row[0], (Category) row[1]), g -> new Tally())
                        .add((Outcome) row[2], (Long) row[3]);
            }
        }
        return tallies;
    }

    /** The round's whole list, with each person, their office and assignee (for the record scope). */
    public List<Nomination> listOf(ExchangeRound round) {
        return em.createNamedQuery("Nomination.listOf", Nomination.class).setParameter("round", round).getResultList();
    }

    /** The nominations of the round still holding their person: those an exchange or a cancellation moves. */
    public List<Nomination> heldBy(ExchangeRound round) {
        return em.createNamedQuery("Nomination.heldBy", Nomination.class).setParameter("round", round).getResultList();
    }

    public Optional<Nomination> nomination(long nominationId) {
        return Optional.ofNullable(em.find(Nomination.class, nominationId));
    }

    /**
     * Reads these people, with their office and assignee, into the transaction in one query, so that
     * listing hundreds of them does not read them one by one.
     */
    public void preload(List<Long> personIds) {
        em.createQuery("select p from Person p join fetch p.office left join fetch p.assignedTo where p.id in :ids",
                Person.class).setParameter("ids", personIds).getResultList();
    }

    /** The nomination holding each of these people on an open round, by person id. */
    public Map<Long, Nomination> holding(List<Long> personIds) {
        Map<Long, Nomination> holding = new HashMap<>();
        em.createNamedQuery("Nomination.holdingAny", Nomination.class).setParameter("ids", personIds)
                .getResultStream().forEach(n -> holding.put(n.getPerson().getId(), n));
        return holding;
    }

    /** The earlier places of these people on this round (withdrawn ones, to be taken up again), by person id. */
    public Map<Long, Nomination> earlierOn(ExchangeRound round, List<Long> personIds) {
        Map<Long, Nomination> earlier = new HashMap<>();
        em.createNamedQuery("Nomination.ofRoundAndPeople", Nomination.class).setParameter("round", round)
                .setParameter("ids", personIds).getResultStream().forEach(n -> earlier.put(n.getPerson().getId(), n));
        return earlier;
    }

    /** The nomination holding the person on an open round, if one does. */
    public Optional<Nomination> holding(long personId) {
        return em.createNamedQuery("Nomination.holding", Nomination.class).setParameter("personId", personId)
                .getResultStream().findFirst();
    }
}
