package org.homeward.history;

import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.envers.NotAudited;
import org.homeward.access.Office;
import org.homeward.access.UserAccount;
import org.homeward.person.Person;
import org.homeward.round.ExchangeRound;

/**
 * The field-level difference between two versions of an audited record, read through the persistence
 * metamodel, so that a field added to an entity shows in its history without code here. Values are
 * rendered as a person reads them: an office by its code, a user by username, a person by case number,
 * a round by name; {@code null} when empty.
 */
final class RecordDiff {

    /** Bookkeeping, not history: the key, the lock counter, the owner every part points back to. */
    private static final Set<String> SKIPPED = Set.of("id", "version", "person");

    private final EntityType<?> type;
    private final PersistenceUnitUtil units;
    private final Set<String> hidden;

    /** {@code hidden}: fields whose values the reader may not see; a change to them shows without values. */
    RecordDiff(EntityType<?> type, PersistenceUnitUtil units, Set<String> hidden) {
        this.type = type;
        this.units = units;
        this.hidden = hidden;
    }

    /** What changed from {@code before} (null for a new record) to {@code after} (null for a deleted one). */
    List<FieldChange> between(Object before, Object after) {
        TreeMap<String, String> old = before == null ? new TreeMap<>() : values(before);
        TreeMap<String, String> now = after == null ? new TreeMap<>() : values(after);
        List<FieldChange> changes = new ArrayList<>();
        TreeMap<String, String> all = new TreeMap<>(old);
        all.putAll(now);
        for (String field : all.keySet()) {
            String was = old.get(field);
            String is = now.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(hidden.contains(field) ? new FieldChange(field, was == null ? null : "•••", is == null ? null : "•••")
                        : new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    private TreeMap<String, String> values(Object record) {
        TreeMap<String, String> values = new TreeMap<>();
        collect(type.getAttributes(), record, values);
        return values;
    }

    /**
     * The values of the attributes, those of a part (an embedded value object) under their own names, as
     * the record was flat before it had parts: "familyName", not "names.familyName".
     */
    private void collect(Set<? extends Attribute<?, ?>> attributes, Object record, TreeMap<String, String> values) {
        for (Attribute<?, ?> attribute : attributes) {
            if (SKIPPED.contains(attribute.getName()) || !(attribute.getJavaMember() instanceof Field field)
                    || field.isAnnotationPresent(NotAudited.class)) {
                continue;
            }
            Object value;
            try {
                field.setAccessible(true);
                value = field.get(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + attribute.getName(), e);
            }
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                if (value != null) {
                    collect(((EmbeddableType<?>) ((SingularAttribute<?, ?>) attribute).getType()).getAttributes(), value, values);
                }
                continue;
            }
            String text = render(value);
            if (text != null) {
                values.put(attribute.getName(), text);
            }
        }
    }

    private String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            List<String> texts = items.stream().map(this::render).filter(Objects::nonNull).sorted().toList();
            return texts.isEmpty() ? null : String.join(", ", texts);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Office office) {
            return office.getCode();
        }
        if (value instanceof UserAccount user) {
            return user.getUsername();
        }
        if (value instanceof Person person) {
            return person.getCaseNumber();
        }
        if (value instanceof ExchangeRound round) {
            return round.getName();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
            return value.toString();
        }
        // Another record (a source named as evidence): its id is what identifies it.
        Object id = units.getIdentifier(value);
        return id == null ? null : "#" + id;
    }
}
