package org.homeward.platform.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Query parameters that are numbers or flags, read strictly and named when wrong: {@code size=abc},
 * {@code page=1.5} or {@code restricted=yes} are a 400 naming the parameter, not JAX-RS's 404 for a
 * parameter it cannot convert, nor {@code false}. A number outside the parameter's {@code @Min}/{@code @Max}
 * is refused with the range (the same annotations give the range in the OpenAPI document).
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        QueryParam query = find(annotations, QueryParam.class);
        if (query == null) {
            return null;
        }
        String name = query.value();
        Min min = find(annotations, Min.class);
        Max max = find(annotations, Max.class);
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Strict<>(rawType.isPrimitive(), text -> (int) whole(name, text,
                    min == null ? Integer.MIN_VALUE : min.value(), max == null ? Integer.MAX_VALUE : max.value()));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Strict<>(rawType.isPrimitive(), text -> whole(name, text,
                    min == null ? Long.MIN_VALUE : min.value(), max == null ? Long.MAX_VALUE : max.value()));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Strict<>(rawType.isPrimitive(), text -> flag(name, text));
        }
        return null;
    }

    private static long whole(String name, String text, long min, long max) {
        FieldParser parser = new FieldParser();
        Long value = parser.number(name, text.isBlank() ? "?" : text, min, max);
        parser.rejectIfAnyFailed();
        return value;
    }

    private static boolean flag(String name, String text) {
        FieldParser parser = new FieldParser();
        Boolean value = parser.yesNo(name, text.isBlank() ? "?" : text);
        parser.rejectIfAnyFailed();
        return value;
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (type.isInstance(annotation)) {
                return type.cast(annotation);
            }
        }
        return null;
    }

    /**
     * Blank is no value where the parameter can have none; a primitive one (with a default for when it is
     * absent) cannot, so {@code size=} is refused like {@code size=abc}.
     */
    private record Strict<T>(boolean primitive, Function<String, T> read) implements ParamConverter<T> {

        @Override
        public T fromString(String text) {
            if (text == null || (text.isBlank() && !primitive)) {
                return null;
            }
            return read.apply(text);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
