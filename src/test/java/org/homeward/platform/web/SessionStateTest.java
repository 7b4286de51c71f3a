package org.homeward.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.testing.CompiledClasses;
import org.junit.jupiter.api.Test;

/**
 * What a signed-in user's session holds moves between the servers of a cluster (distributable sessions,
 * README "Cluster"), and with server-side Faces state every view-scoped page bean travels in it too. So
 * every session- and view-scoped bean of the application, filled with content of every field's declared
 * type (records, lists, maps and nested forms as the pages hold them), must serialize and come back
 * alike; what it has injected must be something the container itself knows how to carry (a service, a
 * normal-scoped bean's proxy) or serializable.
 */
class SessionStateTest {

    @Test
    void everySessionAndViewScopedBeanTravelsWithItsContent() {
        List<Class<?>> beans = CompiledClasses.matching(SessionStateTest::heldInSession);
        assertTrue(beans.size() >= 15, "expected the page beans of Homeward, found " + beans);

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            problems.addAll(problemsOf(bean));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aBeanHoldingSomethingThatCannotTravelIsFound() {
        List<String> problems = problemsOf(Unfit.class);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("java.util.Optional"), problems.toString());
    }

    @Test
    void aBeanInjectingADependentHelperIsFound() {
        assertEquals(List.of(Injecting.class.getName() + ".helper: injects " + Helper.class.getName()
                + ", neither a service, a normal-scoped bean nor serializable"), problemsOf(Injecting.class));
    }

    private static boolean heldInSession(Class<?> type) {
        return type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                || type.isAnnotationPresent(jakarta.enterprise.context.ConversationScoped.class);
    }

    /** The application's own types met while filling a bean, each checked for being serializable. */
    private static final ThreadLocal<Set<Class<?>>> HELD = ThreadLocal.withInitial(HashSet::new);

    static List<String> problemsOf(Class<?> bean) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && !carriedByContainer(field.getType())) {
                    problems.add(bean.getName() + "." + field.getName() + ": injects " + field.getType().getName()
                            + ", neither a service, a normal-scoped bean nor serializable");
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            Object filled = filled(bean, 0);
            HELD.get().stream().filter(type -> !Serializable.class.isAssignableFrom(type)).sorted(java.util.Comparator.comparing(Class::getName))
                    .forEach(type -> problems.add(bean.getName() + ": holds " + type.getName() + ", which is not serializable"));
            if (!problems.isEmpty()) {
                return problems;
            }
            Object back = deserialized(serialized(filled));
            String difference = difference(filled, back, bean.getSimpleName(), 0);
            if (difference != null) {
                problems.add(bean.getName() + ": not the same after travelling, at " + difference);
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            problems.add(bean.getName() + ": " + e);
        } finally {
            HELD.get().clear();
        }
        return problems;
    }

    private static boolean carriedByContainer(Class<?> type) {
        // The producer's system clock is serializable, though Clock as such is not.
        if (type == java.time.Clock.class) {
            return java.time.Clock.systemDefaultZone() instanceof Serializable;
        }
        // A service's local interface: the container injects the service's proxy, which it can carry.
        if (type.isInterface() && !CompiledClasses.matching(service -> service.isAnnotationPresent(Stateless.class)
                && type.isAssignableFrom(service)).isEmpty()) {
            return true;
        }
        return type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(RequestScoped.class) || type.isAnnotationPresent(ApplicationScoped.class)
                || type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class)
                || Serializable.class.isAssignableFrom(type);
    }

    private static List<Field> contentFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isAnnotationPresent(Inject.class)
                    && !field.isSynthetic()) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    /** Where two object graphs differ in content (not identity), or null when they are alike. */
    private static String difference(Object sent, Object back, String path, int depth) throws IllegalAccessException {
        if (sent == null || back == null) {
            return (sent == null) == (back == null) ? null : path;
        }
        if (sent.getClass() != back.getClass()) {
            return path;
        }
        Class<?> type = sent.getClass();
        if (depth > 12 || type.isEnum() || type.getName().startsWith("java.") && !(sent instanceof Collection<?>)
                && !(sent instanceof Map<?, ?>) && !(sent instanceof Optional<?>)) {
            return sent.equals(back) ? null : path;
        }
        if (sent instanceof Collection<?> one && back instanceof Collection<?> other) {
            return one.size() == other.size() ? elementsDiffer(one.iterator(), other.iterator(), path, depth) : path;
        }
        if (sent instanceof Map<?, ?> one && back instanceof Map<?, ?> other) {
            return one.size() == other.size() ? elementsDiffer(one.entrySet().iterator(), other.entrySet().iterator(), path, depth) : path;
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : contentFields(level)) {
                String found = difference(field.get(sent), field.get(back), path + "." + field.getName(), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String elementsDiffer(java.util.Iterator<?> sent, java.util.Iterator<?> back, String path, int depth)
            throws IllegalAccessException {
        for (int i = 0; sent.hasNext(); i++) {
            Object one = sent.next();
            Object other = back.next();
            String found = one instanceof Map.Entry<?, ?> entry && other instanceof Map.Entry<?, ?> otherEntry
                    ? difference(List.of(entry.getKey(), entry.getValue()), List.of(otherEntry.getKey(), otherEntry.getValue()),
                            path + "[" + i + "]", depth + 1)
                    : difference(one, other, path + "[" + i + "]", depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static byte[] serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object deserialized(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /** An instance of the class with every content field set to a value of its declared type. */
    private static Object filled(Class<?> type, int depth) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object instance = constructor.newInstance();
        for (Class<?> level = type; level != Object.class; level = level.getSuperclass()) {
            for (Field field : contentFields(level)) {
                Object value = sample(field.getGenericType(), depth + 1);
                if (value != null && !Modifier.isFinal(field.getModifiers())) {
                    field.set(instance, value);
                } else if (value != null && field.get(instance) instanceof Collection<?> collection) {
                    addTo(collection, value);
                } else if (value != null && field.get(instance) instanceof Map<?, ?> map) {
                    putInto(map, value);
                }
            }
        }
        return instance;
    }

    @SuppressWarnings("unchecked")
    private static void addTo(Collection<?> target, Object sample) {
        ((Collection<Object>) target).addAll((Collection<Object>) sample);
    }

    @SuppressWarnings("unchecked")
    private static void putInto(Map<?, ?> target, Object sample) {
        ((Map<Object, Object>) target).putAll((Map<Object, Object>) sample);
    }

    /** A value such as a page holds for the type: a name in Cyrillic, a date, the first of an enum, a filled record. */
    private static Object sample(Type generic, int depth) throws ReflectiveOperationException {
        Class<?> raw = raw(generic);
        if (raw.getName().startsWith("org.homeward") || raw == Optional.class) {
            HELD.get().add(raw);
        }
        Type[] arguments = generic instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments() : new Type[0];
        if (raw == String.class) {
            return "Шевченко Олексій";
        } else if (raw == long.class || raw == Long.class) {
            return 42L;
        } else if (raw == int.class || raw == Integer.class) {
            return 7;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == double.class || raw == Double.class) {
            return 0.5;
        } else if (raw == short.class || raw == Short.class) {
            return (short) 3;
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("12.5");
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2026, 4, 12);
        } else if (raw == LocalDateTime.class) {
            return LocalDateTime.of(2026, 4, 12, 9, 30);
        } else if (raw == Instant.class) {
            return Instant.parse("2026-04-12T09:30:00Z");
        } else if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse("2026-04-12T09:30:00+03:00");
        } else if (raw == YearMonth.class) {
            return YearMonth.of(2026, 4);
        } else if (raw == UUID.class) {
            return UUID.nameUUIDFromBytes(new byte[] {1});
        } else if (raw.isEnum()) {
            return raw.getEnumConstants().length == 0 ? null : raw.getEnumConstants()[0];
        } else if (depth > 5) {
            return null;
        } else if (raw == Optional.class) {
            return Optional.ofNullable(sample(arguments[0], depth + 1));
        } else if (raw.isArray()) {
            Object array = Array.newInstance(raw.getComponentType(), 1);
            Array.set(array, 0, sample(raw.getComponentType(), depth + 1));
            return array;
        } else if (raw == List.class || raw == Collection.class || raw == ArrayList.class) {
            List<Object> list = new ArrayList<>();
            list.add(sample(arguments.length > 0 ? arguments[0] : String.class, depth + 1));
            return list;
        } else if (raw == Set.class || raw == HashSet.class) {
            Set<Object> set = new HashSet<>();
            set.add(sample(arguments.length > 0 ? arguments[0] : String.class, depth + 1));
            return set;
        } else if (raw == Map.class || raw == HashMap.class) {
            Map<Object, Object> map = new HashMap<>();
            map.put(sample(arguments.length > 0 ? arguments[0] : String.class, depth + 1),
                    sample(arguments.length > 1 ? arguments[1] : String.class, depth + 1));
            return map;
        } else if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = sample(components[i].getGenericType(), depth + 1);
                if (values[i] == null && types[i].isPrimitive()) {
                    values[i] = Array.get(Array.newInstance(types[i], 1), 0);
                }
            }
            Constructor<?> canonical = raw.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            try {
                return canonical.newInstance(values);
            } catch (java.lang.reflect.InvocationTargetException refused) {
                // A record that checks its arguments (a page of results, a day in range) is held by pages
                // too: one made of defaults then, or none.
                return null;
            }
        } else if (!raw.isInterface() && !Modifier.isAbstract(raw.getModifiers()) && raw.getName().startsWith("org.homeward")) {
            try {
                return filled(raw, depth);
            } catch (NoSuchMethodException noDefaultConstructor) {
                return null;
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    @ViewScoped
    static class Unfit implements Serializable {
        private static final long serialVersionUID = 1L;
        private Optional<String> chosen;
        private String name;
    }

    static class Helper {
    }

    @ViewScoped
    static class Injecting implements Serializable {
        private static final long serialVersionUID = 1L;
        @Inject
        Helper helper;
    }
}
