package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.testing.CompiledClasses;
import org.junit.jupiter.api.Test;

/**
 * Every service (EJB) and every REST resource states who may call each of its public methods:
 * {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll}, on the method or its class. A method
 * without a rule would be open to anyone who is signed in, silently.
 */
class SecurityRulesTest {

    @Test
    void everyServiceAndResourceMethodHasARule() {
        List<Class<?>> secured = securedClasses();
        List<String> missing = secured.stream().flatMap(type -> methodsWithoutRule(type).stream()).toList();

        assertTrue(secured.size() >= 8, "expected the services and resources of Homeward, found " + secured);
        assertEquals(List.of(), missing, "public methods without @RolesAllowed, @PermitAll or @DenyAll");
    }

    @Test
    void aMethodWithoutARuleIsFound() {
        assertEquals(List.of(Unruly.class.getName() + ".open"), methodsWithoutRule(Unruly.class));
    }

    @Test
    void aClassRuleCoversItsMethods() {
        assertEquals(List.of(), methodsWithoutRule(RuledByClass.class));
    }

    static List<String> methodsWithoutRule(Class<?> type) {
        boolean classRule = hasRule(type.getAnnotation(RolesAllowed.class), type.getAnnotation(PermitAll.class),
                type.getAnnotation(DenyAll.class));
        List<String> missing = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                    || Modifier.isStatic(method.getModifiers())
                    || method.isAnnotationPresent(PostConstruct.class) || method.isAnnotationPresent(PreDestroy.class)) {
                continue;
            }
            boolean methodRule = hasRule(method.getAnnotation(RolesAllowed.class), method.getAnnotation(PermitAll.class),
                    method.getAnnotation(DenyAll.class));
            if (!methodRule && !classRule) {
                missing.add(type.getName() + "." + method.getName());
            }
        }
        return missing;
    }

    private static boolean hasRule(Object... annotations) {
        return Stream.of(annotations).anyMatch(a -> a != null);
    }

    /** The EJBs and JAX-RS resources among the compiled classes of the application. */
    static List<Class<?>> securedClasses() {
        return CompiledClasses.matching(type -> type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Stateful.class)
                || type.isAnnotationPresent(Singleton.class) || type.isAnnotationPresent(Path.class));
    }

    @Stateless
    static class Unruly {
        @RolesAllowed("ADMIN")
        public void guarded() {
        }

        public void open() {
        }
    }

    @Path("/x")
    @RolesAllowed("ADMIN")
    static class RuledByClass {
        @GET
        public String get() {
            return "";
        }
    }
}
