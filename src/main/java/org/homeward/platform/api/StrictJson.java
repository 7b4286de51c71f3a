package org.homeward.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Validation;

/**
 * Reads every JSON request body of the API, strictly: a member given twice, anything after the document,
 * a member the request does not have, or a value of another JSON type than the field's (a flag must be
 * {@code true} or {@code false}, a number is not text, text is not a number) is a 400 naming the field,
 * rather than a value JSON-B would quietly convert, drop or overwrite. Only then is the body bound.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJson implements MessageBodyReader<Object> {

    private static final class Binding {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || JsonValue.class.isAssignableFrom(type));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws java.io.IOException {
        byte[] bytes = entityStream.readAllBytes();
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        return Binding.JSON.fromJson(checked(bytes, genericType, annotations).toString(), genericType);
    }

    /** The body as a JSON value, once it has passed every check; an {@link InvalidInput} naming each fault otherwise. */
    static JsonValue checked(byte[] body, Type type, Annotation[] annotations) {
        List<FieldError> errors = new ArrayList<>();
        JsonValue document;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            document = value(parser, parser.next(), "", errors);
            if (parser.hasNext()) {
                throw new JsonParsingException("more after the document", parser.getLocation());
            }
        } catch (JsonParsingException | java.util.NoSuchElementException e) {
            throw new InvalidInput(FieldError.of("body", "error.body.syntax"));
        }
        FlatBody flat = flatBody(annotations);
        if (flat != null) {
            checkFlat(document, flat, errors);
        } else {
            check(document, type, "", errors);
        }
        Validation.reject(errors);
        return document;
    }

    /** The document as a value, each member given twice named in {@code errors}. */
    private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, List<FieldError> errors) {
        switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> seen = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    String field = join(path, name);
                    if (!seen.add(name)) {
                        errors.add(FieldError.of(field, "body.duplicate"));
                    }
                    object.add(name, value(parser, parser.next(), field, errors));
                }
                return object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                int i = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next, path + "[" + i++ + "]", errors));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return Json.createValue(parser.getString());
            }
            case VALUE_NUMBER -> {
                return Json.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new JsonParsingException("unexpected " + event, parser.getLocation());
        }
    }

    private static FlatBody flatBody(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof FlatBody flat) {
                return flat;
            }
        }
        return null;
    }

    private static void checkFlat(JsonValue document, FlatBody flat, List<FieldError> errors) {
        if (!(document instanceof JsonObject object)) {
            errors.add(FieldError.of("body", "body.object"));
            return;
        }
        Map<String, Type> fields = new LinkedHashMap<>(FlatParts.fields(flat.value()));
        fields.putIfAbsent("version", Long.class);
        Set<String> echoed = FlatParts.names(flat.echoes());
        object.forEach((name, value) -> {
            Type fieldType = fields.get(name);
            if (fieldType != null) {
                check(value, fieldType, name, errors);
            } else if (!echoed.contains(name)) {
                errors.add(FieldError.of(name, "body.unknown"));
            }
        });
    }

    /** Adds to {@code errors} each place where {@code value} is not of the JSON type that {@code type} is read from. */
    static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "body" : path;
        JsonValue.ValueType kind = value.getValueType();
        if (kind == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(FieldError.of(field, raw == boolean.class ? "body.flag" : "body.wholeNumber"));
            }
            return;
        }
        if (raw == Object.class) {
            return;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            expect(kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE, field, "body.flag", errors);
        } else if (isWholeNumber(raw)) {
            expect(value instanceof JsonNumber number && fits(number, raw), field, "body.wholeNumber", errors);
        } else if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
            expect(kind == JsonValue.ValueType.NUMBER, field, "body.number", errors);
        } else if (raw == String.class || raw.isEnum() || Temporal.class.isAssignableFrom(raw) || raw == UUID.class
                || raw == Character.class) {
            expect(kind == JsonValue.ValueType.STRING, field, "body.text", errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expect(value instanceof JsonArray, field, "body.list", errors)) {
                Type element = elementType(type);
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), element, path + "[" + i + "]", errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value instanceof JsonObject, field, "body.object", errors)) {
                Type member = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
                value.asJsonObject().forEach((name, v) -> check(v, member, join(path, name), errors));
            }
        } else if (expect(value instanceof JsonObject, field, "body.object", errors)) {
            Map<String, Type> members = members(raw);
            value.asJsonObject().forEach((name, v) -> {
                Type memberType = members.get(name);
                if (memberType == null) {
                    errors.add(FieldError.of(join(path, name), "body.unknown"));
                } else {
                    check(v, memberType, join(path, name), errors);
                }
            });
        }
    }

    private static boolean expect(boolean holds, String field, String key, List<FieldError> errors) {
        if (!holds) {
            errors.add(FieldError.of(field, key));
        }
        return holds;
    }

    private static boolean isWholeNumber(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == java.math.BigInteger.class;
    }

    private static boolean fits(JsonNumber number, Class<?> raw) {
        try {
            java.math.BigInteger whole = number.bigDecimalValue().toBigIntegerExact();
            if (raw == int.class || raw == Integer.class) {
                whole.intValueExact();
            } else if (raw == long.class || raw == Long.class) {
                whole.longValueExact();
            } else if (raw == short.class || raw == Short.class) {
                whole.shortValueExact();
            } else if (raw == byte.class || raw == Byte.class) {
                whole.byteValueExact();
            }
            return true;
        } catch (ArithmeticException notWholeOrTooLarge) {
            return false;
        }
    }

    /** The members a JSON object is bound to: a record's components, or a bean's writable properties and public fields. */
    static Map<String, Type> members(Class<?> type) {
        Map<String, Type> members = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.put(component.getName(), component.getGenericType());
            }
            return members;
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(JsonbTransient.class)) {
                members.put(field.getName(), field.getGenericType());
            }
        }
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
                if (property.getWriteMethod() != null) {
                    members.put(property.getName(), property.getWriteMethod().getGenericParameterTypes()[0]);
                }
            }
        } catch (IntrospectionException e) {
            throw new IllegalStateException("cannot read the properties of " + type.getSimpleName(), e);
        }
        return members;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> array && array.isArray()) {
            return array.getComponentType();
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
