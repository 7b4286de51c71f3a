package org.homeward.history;

import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.envers.NotAudited;
import org.homeward.access.Office;
import org.homeward.access.UserAccount;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.round.ExchangeRound;

/**
 * The field-level difference between two versions of an audited record, read through the persistence
 * metamodel, so that a field added to an entity shows in its history without code here. Values are
 * rendered as identifiers a person recognises, never internal ids: an office by its code, a user by
 * username, a person by case number, a round by name, a source by its kind and date; {@code null} when
 * empty. Each value carries its type ({@link FieldChange}) so that a page can put it into words.
 */
final class RecordDiff {

    /**
     * Bookkeeping, not history: the key, the lock counter, the moment of the last save (the revision has
     * it), and the nomination's holding key, which only keeps a person on one open round at a time.
     */
    static final Set<String> SKIPPED = Set.of("id", "version", "updatedAt", "heldPersonId");

    /**
     * The record every part points back to: no news while the part is added or deleted there, but a change
     * when a merge moves the part to the surviving record.
     */
    static final String OWNER = "person";

    private final EntityType<?> type;
    private final PersistenceUnitUtil units;
    private final Predicate<Field> hidden;
    private final Map<String, Function<Object, Object>> references;

    /**
     * {@code hidden}: fields whose values the reader may not see; a change to them shows that it happened,
     * with a marker ({@link FieldChange#HIDDEN}) instead of the values, so that the values cannot be guessed
     * from their type or length.
     * {@code references}: fields that hold the id of another record, with how to load it, so that the
     * record shows by its name rather than its id.
     */
    RecordDiff(EntityType<?> type, PersistenceUnitUtil units, Predicate<Field> hidden,
               Map<String, Function<Object, Object>> references) {
        this.type = type;
        this.units = units;
        this.hidden = hidden;
        this.references = references;
    }

    /** What changed from {@code before} (null for a new record) to {@code after} (null for a deleted one). */
    List<FieldChange> between(Object before, Object after) {
        TreeMap<String, Value> old = before == null ? new TreeMap<>() : values(before);
        TreeMap<String, Value> now = after == null ? new TreeMap<>() : values(after);
        if (before == null || after == null) {
            old.remove(OWNER);
            now.remove(OWNER);
        }
        List<FieldChange> changes = new ArrayList<>();
        TreeMap<String, Value> all = new TreeMap<>(old);
        all.putAll(now);
        for (String field : all.keySet()) {
            Value was = old.get(field);
            Value is = now.get(field);
            if (!Objects.equals(text(was), text(is))) {
                if (all.get(field).hidden()) {
                    changes.add(new FieldChange(field, FieldChange.HIDDEN, was == null ? null : FieldChange.MASK,
                            is == null ? null : FieldChange.MASK));
                } else {
                    changes.add(new FieldChange(field, all.get(field).type(), text(was), text(is)));
                }
            }
        }
        return changes;
    }

    /** A rendered value, its type (one of FieldChange's) and whether the reader may not see it. */
    private record Value(String text, String type, boolean hidden) {

        Value(String text, String type) {
            this(text, type, false);
        }

        Value hiddenIf(boolean hide) {
            return hide ? new Value(text, type, true) : this;
        }
    }

    private static String text(Value value) {
        return value == null ? null : value.text();
    }

    private TreeMap<String, Value> values(Object record) {
        TreeMap<String, Value> values = new TreeMap<>();
        collect(type.getAttributes(), record, values);
        return values;
    }

    /**
     * The values of the attributes, those of a part (an embedded value object) under their own names, as
     * the record was flat before it had parts: "familyName", not "names.familyName".
     */
    private void collect(Set<? extends Attribute<?, ?>> attributes, Object record, TreeMap<String, Value> values) {
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
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED && !isWholeValue(value)) {
                if (value != null) {
                    collect(((EmbeddableType<?>) ((SingularAttribute<?, ?>) attribute).getType()).getAttributes(), value, values);
                }
                continue;
            }
            Function<Object, Object> reference = references.get(attribute.getName());
            Value rendered = render(reference == null || value == null ? value : reference.apply(value));
            if (rendered != null) {
                values.put(attribute.getName(), rendered.hiddenIf(hidden.test(field)));
            }
        }
    }

    /**
     * An embedded value that defines its own equality is one value (a date at its precision) and shows
     * as one, by its text; a part without one is a group of the record's fields and shows field by field.
     */
    private static boolean isWholeValue(Object value) {
        try {
            return value != null && value.getClass().getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private Value render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            List<String> texts = items.stream().map(this::render).filter(Objects::nonNull).map(Value::text).sorted().toList();
            return texts.isEmpty() ? null : new Value(String.join(", ", texts), FieldChange.TEXT);
        }
        if (value instanceof Enum<?> constant) {
            // The enum's simple name is the prefix of its words in the bundles (Category.CHILD, …).
            return new Value(constant.name(), constant.getDeclaringClass().getSimpleName());
        }
        if (value instanceof Office office) {
            return new Value(office.getCode(), FieldChange.TEXT);
        }
        if (value instanceof UserAccount user) {
            return new Value(user.getUsername(), FieldChange.TEXT);
        }
        if (value instanceof Person person) {
            return new Value(person.getCaseNumber(), FieldChange.TEXT);
        }
        if (value instanceof ExchangeRound round) {
            return new Value(round.getName(), FieldChange.TEXT);
        }
        if (value instanceof InformationSource source) {
            // Evidence named as its reader knows it: what kind of source, received when.
            return new Value(source.getKind().name() + (source.getReceivedOn() == null ? "" : " " + source.getReceivedOn()),
                    FieldChange.SOURCE);
        }
        if (value instanceof Boolean flag) {
            return new Value(flag.toString(), FieldChange.BOOLEAN);
        }
        if (value instanceof Instant instant) {
            return new Value(instant.toString(), FieldChange.MOMENT);
        }
        if (value instanceof LocalDate day) {
            return new Value(day.toString(), FieldChange.DAY);
        }
        if (value instanceof String || value instanceof Number || value instanceof java.time.temporal.Temporal) {
            return new Value(value.toString(), FieldChange.TEXT);
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
            return new Value(value.toString(), FieldChange.TEXT);
        }
        // Another record with no name of its own: its id is what identifies it.
        Object id = units.getIdentifier(value);
        return id == null ? null : new Value("#" + id, FieldChange.TEXT);
    }
}
