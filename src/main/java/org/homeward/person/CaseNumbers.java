package org.homeward.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * {@code count} consecutive numbers at once, taken by the same one atomic update: a list registering
     * hundreds of people locks the counter once per batch, not once per person.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> block(Category category, int year, int count) {
        em.createNativeQuery("update case_number_counter set last_value = case when counter_year = ?1 then last_value + ?3 else ?3 end, "
                        + "counter_year = ?1 where category = ?2")
                .setParameter(1, year)
                .setParameter(2, category.name())
                .setParameter(3, count)
                .executeUpdate();
        long last = ((Number) em.createNativeQuery("select last_value from case_number_counter where category = ?1")
                .setParameter(1, category.name())
                .getSingleResult()).longValue();
        List<String> numbers = new ArrayList<>(count);
        for (long value = last - count + 1; value <= last; value++) {
            numbers.add(format(category, year, value));
        }
        return numbers;
    }

    static String format(Category category, int year, long count) {
        return String.format("%s-%d-%06d", category.name(), year, count);
    }
}
