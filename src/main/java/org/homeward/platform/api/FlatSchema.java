package org.homeward.platform.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI schema of a {@link FlatBody}: one object whose properties are the flat fields of the form
 * (its own and its parts'), each with the JSON type {@link StrictJson} holds it to, plus {@code version}.
 * Built from the same list of fields that reads the body, so a field added to a part is described here too.
 */
public final class FlatSchema {

    private FlatSchema() {
    }

    public static Schema of(Class<?> form, String description) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
        for (Map.Entry<String, Type> field : FlatParts.fields(form).entrySet()) {
            schema.addProperty(field.getKey(), of(field.getValue()));
        }
        return schema.addProperty("version", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                .description("the version read, when revising (409 when it changed)"));
    }

    private static Schema of(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Schema schema = OASFactory.createSchema();
        if (raw == boolean.class || raw == Boolean.class) {
            return schema.addType(Schema.SchemaType.BOOLEAN);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return schema.addType(Schema.SchemaType.INTEGER);
        }
        if (raw == LocalDate.class) {
            return schema.addType(Schema.SchemaType.STRING).format("date");
        }
        if (raw.isEnum()) {
            return schema.addType(Schema.SchemaType.STRING)
                    .enumeration(Arrays.stream(raw.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList());
        }
        if (java.util.Collection.class.isAssignableFrom(raw)) {
            return schema.addType(Schema.SchemaType.ARRAY)
                    .items(of(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (raw == String.class) {
            return schema.addType(Schema.SchemaType.STRING);
        }
        schema.addType(Schema.SchemaType.OBJECT);
        StrictJson.members(raw).forEach((name, member) -> schema.addProperty(name, of(member)));
        return schema;
    }
}
