package org.homeward.platform.api;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.Embeddable;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a read record as one flat JSON object: its components by name, and the fields of those that
 * are an entity's parts ({@code @Embeddable} value objects) directly into the record's object. The API's
 * field names stay those of its contract while the code groups the fields by what they say; a field
 * added to a part appears in the JSON without code here. Empty values are left out, as everywhere.
 * {@link #read} does the reverse for a request.
 */
public class FlatParts implements JsonbSerializer<Record> {

    /** For the parts only: they carry no serializer of their own, so the defaults are theirs. */
    private static final class Parts {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    @Override
    public void serialize(Record record, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject();
        writeMembers(record, generator, context);
        generator.writeEnd();
    }

    /**
     * A component that is itself a flat record (an answer that adds to a record, as a registration adds
     * its possible duplicates) is written into the same object: the client reads the record's fields
     * where it always did, and the additions beside them.
     */
    private static void writeMembers(Record record, JsonGenerator generator, SerializationContext context) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = valueOf(component, record);
            if (value == null) {
                continue;
            }
            if (value.getClass().isAnnotationPresent(Embeddable.class)) {
                Parts.JSON.fromJson(Parts.JSON.toJson(value), JsonObject.class).forEach(generator::write);
            } else if (value instanceof Record inner && isFlat(inner.getClass())) {
                writeMembers(inner, generator, context);
            } else {
                context.serialize(component.getName(), value, generator);
            }
        }
    }

    private static boolean isFlat(Class<?> type) {
        JsonbTypeSerializer serializer = type.getAnnotation(JsonbTypeSerializer.class);
        return serializer != null && serializer.value() == FlatParts.class;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /**
     * Fills the parts of {@code form} (its {@code @Embeddable} properties) from a flat request body, each
     * field from the member of its name. Choices, dates and flags arrive as text, so an unknown value or
     * an impossible date is answered with the field's name, collected in {@code parser}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void read(Map<String, Object> body, Object form, FieldParser parser) {
        for (PropertyDescriptor part : properties(form.getClass())) {
            Object value = invoke(part.getReadMethod(), form);
            if (value == null || !value.getClass().isAnnotationPresent(Embeddable.class)) {
                continue;
            }
            for (PropertyDescriptor field : properties(value.getClass())) {
                Method setter = field.getWriteMethod();
                if (setter == null) {
                    continue;
                }
                String name = field.getName();
                Object given = body.get(name);
                String text = given == null ? null : given.toString();
                Class<?> type = field.getPropertyType();
                Object typed;
                if (type == LocalDate.class) {
                    typed = parser.date(name, text);
                } else if (type.isEnum()) {
                    typed = parser.choice(name, (Class<Enum>) type, text);
                } else if (type == boolean.class) {
                    typed = given instanceof Boolean flag ? flag : Boolean.TRUE.equals(parser.yesNo(name, text));
                } else if (type == Integer.class) {
                    Long number = given instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0
                            ? Long.valueOf(decimal.longValue()) : parser.number(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    typed = number == null ? null : number.intValue();
                } else {
                    typed = text;
                }
                invoke(setter, value, typed);
            }
        }
    }

    /**
     * The flat fields of a request read into {@code form}: its own writable properties, and in place of
     * each part the part's writable fields, by name, with their types. What {@link #read} fills, and more.
     */
    public static Map<String, Type> fields(Class<?> form) {
        Map<String, Type> fields = new LinkedHashMap<>();
        for (PropertyDescriptor property : properties(form)) {
            if (property.getPropertyType() != null && property.getPropertyType().isAnnotationPresent(Embeddable.class)) {
                fields.putAll(fields(property.getPropertyType()));
            } else if (property.getWriteMethod() != null) {
                fields.put(property.getName(), property.getWriteMethod().getGenericParameterTypes()[0]);
            }
        }
        return fields;
    }

    /**
     * The names {@link #serialize} may write for a record of this type: its components, its parts' fields,
     * and those of a flat record in it.
     */
    @SuppressWarnings("unchecked")
    public static Set<String> names(Class<? extends Record> type) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType().isRecord() && isFlat(component.getType())) {
                names.addAll(names((Class<? extends Record>) component.getType()));
                continue;
            }
            names.add(component.getName());
            if (component.getType().isAnnotationPresent(Embeddable.class)) {
                for (PropertyDescriptor field : properties(component.getType())) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    private static PropertyDescriptor[] properties(Class<?> type) {
        try {
            return Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors();
        } catch (IntrospectionException e) {
            throw new IllegalStateException("cannot read the properties of " + type.getSimpleName(), e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method == null ? null : method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot call " + method.getName(), e);
        }
    }
}
