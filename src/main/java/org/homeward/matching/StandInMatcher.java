package org.homeward.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * STAND-IN, to be deleted when the matching engine is merged: people whose family and given names
 * have the same search key, found through the registry's search terms. Only so that imports deploy
 * and can be tested before the engine lands.
 */
@ApplicationScoped
public class StandInMatcher implements Matcher {

    private static final int SCORE = 80;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Candidate> candidates(Description who, int limit) {
        String family = SearchKey.of(who.familyName());
        String given = SearchKey.of(who.givenName());
        if (family == null || family.isEmpty() || given == null || given.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select p.id, p.family_name, p.given_name from person_search_term f "
                        + "join person_search_term g on g.person_id = f.person_id and g.term = ?2 "
                        + "join person p on p.id = f.person_id where f.term = ?1")
                .setParameter(1, family.split(" ")[0])
                .setParameter(2, given.split(" ")[0])
                .setMaxResults(limit * 4)
                .getResultList();
        List<Candidate> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            if (family.equals(SearchKey.of((String) cells[1])) && given.equals(SearchKey.of((String) cells[2])) && found.size() < limit) {
                found.add(new Candidate(((Number) cells[0]).longValue(), SCORE,
                        List.of(new Reason("match.reason.standIn", List.of(family, given)))));
            }
        }
        return found;
    }

    @Override
    public List<Candidate> candidatesOf(long personId, int limit) {
        List<?> rows = em.createNativeQuery("select family_name, given_name from person where id = ?1")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] cells = (Object[]) rows.get(0);
        return candidates(new Description((String) cells[0], (String) cells[1], null, null, null, null, null, null, null,
                null, null), limit + 1).stream().filter(c -> c.personId() != personId).limit(limit).toList();
    }
}
