package org.homeward.report;

import java.util.Arrays;
import java.util.List;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.type.CompositeType;
import org.homeward.access.Office;
import org.homeward.access.UserAccount;

/**
 * What one person counts as in the tally of people (table {@code person_tally}, V10): the columns the
 * people-by-status figures group and the record scope filters by. A person moved from one combination to
 * another is -1 on the old and +1 on the new.
 */
record PersonTally(long officeId, String category, String side, String status, boolean restricted, boolean deceased,
                   String identificationStatus, Long assignedToId) {

    /** The columns of {@code person_tally} (and of {@code person}) that make a combination, in this record's order. */
    static final List<String> COLUMNS = List.of("office_id", "category", "side", "status", "restricted", "deceased",
            "identification_status", "assigned_to_id");

    /** The same, as the entity {@code Person} names its properties. */
    private static final List<String> PROPERTIES = List.of("office", "category", "side", "status", "restricted", "deceased",
            "remains.identificationStatus", "assignedTo");

    /** What a person counts as, from the state Hibernate holds of them (as loaded, or as written). */
    static PersonTally of(EntityPersister persister, Object[] state) {
        Object[] values = new Object[PROPERTIES.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = property(persister, state, PROPERTIES.get(i));
        }
        return new PersonTally(id(values[0]), name(values[1]), name(values[2]), name(values[3]),
                Boolean.TRUE.equals(values[4]), Boolean.TRUE.equals(values[5]), name(values[6]), idOrNull(values[7]));
    }

    /** One property of a person's state; a field of one of its parts as {@code part.field}. */
    static Object property(EntityPersister persister, Object[] state, String name) {
        String[] path = name.split("\\.", 2);
        int at = Arrays.asList(persister.getPropertyNames()).indexOf(path[0]);
        if (at < 0) {
            // A renamed property must not silently stop the figures from counting.
            throw new IllegalStateException("Person has no property " + name + " for the tallies of people");
        }
        if (path.length == 1) {
            return state[at];
        }
        CompositeType part = (CompositeType) persister.getPropertyTypes()[at];
        int field = Arrays.asList(part.getPropertyNames()).indexOf(path[1]);
        if (field < 0) {
            throw new IllegalStateException("Person has no property " + name + " for the tallies of people");
        }
        // A part whose columns are all empty is held as null.
        return state[at] == null ? null : part.getPropertyValues(state[at])[field];
    }

    /** The values of {@link #COLUMNS}, in order, for a statement's parameters. */
    Object[] values() {
        return new Object[] {officeId, category, side, status, restricted, deceased, identificationStatus, assignedToId};
    }

    static String name(Object value) {
        return value == null ? null : ((Enum<?>) value).name();
    }

    static long id(Object entity) {
        Long id = idOrNull(entity);
        if (id == null) {
            throw new IllegalStateException("a person without an office cannot be counted");
        }
        return id;
    }

    /** The id of an office or user account, without loading it when Hibernate holds only a reference. */
    static Long idOrNull(Object entity) {
        LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
        if (lazy != null) {
            return (Long) lazy.getInternalIdentifier();
        }
        if (entity instanceof Office office) {
            return office.getId();
        }
        return entity == null ? null : ((UserAccount) entity).getId();
    }
}
