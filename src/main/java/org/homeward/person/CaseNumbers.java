package org.homeward.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Hands out case numbers: category, year, and a count per category and year ({@code POW-2026-000123}).
 * The count lives in the database, taken by one atomic update of the category's counter row, so two
 * caseworkers on two server nodes never get the same number. Taken in a transaction of its own so the
 * row is locked only for that moment; a registration that then fails leaves a gap, never a duplicate.
 */
@ApplicationScoped
public class CaseNumbers {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String next(Category category, int year) {
        em.createNativeQuery("update case_number_counter set last_value = case when counter_year = ?1 then last_value + 1 else 1 end, "
                        + "counter_year = ?1 where category = ?2")
                .setParameter(1, year)
                .setParameter(2, category.name())
                .executeUpdate();
        Number value = (Number) em.createNativeQuery("select last_value from case_number_counter where category = ?1")
                .setParameter(1, category.name())
                .getSingleResult();
        return format(category, year, value.longValue());
    }

    static String format(Category category, int year, long count) {
        return String.format("%s-%d-%06d", category.name(), year, count);
    }
}
