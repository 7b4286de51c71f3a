package org.homeward.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * STAND-IN until the matching engine is merged (delete this file then): people whose family and given
 * names have the same search key, and the same sex and side, found through the indexed search terms.
 */
@ApplicationScoped
public class StandInMatcher implements Matcher {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Candidate> candidates(Description who, int limit) {
        return found(who.familyName(), who.givenName(), who.sex(), who.side(), -1L, limit);
    }

    @Override
    public List<Candidate> candidatesOf(long personId, int limit) {
        List<?> rows = em.createNativeQuery("select family_name, given_name, sex, side from person where id = ?1")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] row = (Object[]) rows.get(0);
        return found((String) row[0], (String) row[1], (String) row[2], (String) row[3], personId, limit);
    }

    private List<Candidate> found(String family, String given, String sex, String side, long except, int limit) {
        String familyKey = SearchKey.of(family);
        String givenKey = SearchKey.of(given);
        if (familyKey == null || familyKey.isBlank() || familyKey.contains(" ")) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select p.id, p.given_name, p.sex, p.side from person_search_term t"
                        + " join person p on p.id = t.person_id where t.term = ?1 and p.id <> ?2 order by p.id")
                .setParameter(1, familyKey).setParameter(2, except).setMaxResults(200).getResultList();
        List<Candidate> candidates = new ArrayList<>();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            if (Objects.equals(SearchKey.of((String) row[1]), givenKey) && Objects.equals(row[2], sex)
                    && Objects.equals(row[3], side) && candidates.size() < limit) {
                candidates.add(new Candidate(((Number) row[0]).longValue(), 80,
                        List.of(new Reason("match.reason.standIn", List.of(family)))));
            }
        }
        return candidates;
    }
}
