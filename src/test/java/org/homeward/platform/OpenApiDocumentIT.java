package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.ApplicationPath;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homeward.platform.api.HomewardApi;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served OpenAPI document as a partner's tooling reads it: valid for a standard parser, and
 * passing what Spectral's oas ruleset asks (operation ids, descriptions, servers, defined tags), with
 * the error answers documented once and every resource path present.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    @Test
    void aStandardParserFindsNothingWrong() {
        SwaggerParseResult parsed = parse();

        assertEquals(List.of(), parsed.getMessages());
        assertNotNull(parsed.getOpenAPI());
        assertFalse(parsed.getOpenAPI().getServers() == null || parsed.getOpenAPI().getServers().isEmpty(), "servers");
        // Spectral's oas3-schema: an externalDocs address is an absolute URI (the parser lets a path pass).
        String externalDocs = parsed.getOpenAPI().getExternalDocs().getUrl();
        assertTrue(URI.create(externalDocs).isAbsolute(), "externalDocs.url " + externalDocs);
    }

    @Test
    void everyOperationHasAUniqueIdADescriptionAndDefinedTags() {
        OpenAPI document = parse().getOpenAPI();
        Set<String> defined = document.getTags() == null ? Set.of()
                : document.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();

        operations(document).forEach((where, operation) -> {
            if (operation.getOperationId() == null || !ids.add(operation.getOperationId())) {
                problems.add(where + ": operationId missing or repeated: " + operation.getOperationId());
            }
            if (operation.getDescription() == null || operation.getDescription().isBlank()) {
                problems.add(where + ": no description");
            }
            if (operation.getTags() == null || operation.getTags().isEmpty() || !defined.containsAll(operation.getTags())) {
                problems.add(where + ": tags not defined: " + operation.getTags());
            }
            // Spectral's operation-success-response: a client generator needs to know what success returns.
            if (operation.getResponses() == null || operation.getResponses().keySet().stream()
                    .noneMatch(code -> code.startsWith("2") || code.startsWith("3"))) {
                problems.add(where + ": no success answer documented");
            }
        });

        assertEquals(List.of(), problems);
    }

    @Test
    void theErrorAnswersAreDocumentedOnceWithTheirShape() {
        OpenAPI document = parse().getOpenAPI();
        Map<String, ApiResponse> shared = document.getComponents().getResponses();
        assertNotNull(shared, "error answers as components");
        assertNotNull(document.getComponents().getSchemas().get("ErrorBody"));
        List<String> problems = new ArrayList<>();

        operations(document).forEach((where, operation) -> {
            List<String> expected = new ArrayList<>(List.of("400", "401", "403", "429", "503"));
            if (where.contains("{")) {
                expected.add("404");
            }
            if (!where.startsWith("get ")) {
                expected.add("409");
            }
            for (String status : expected) {
                ApiResponse answer = operation.getResponses().get(status);
                if (answer == null || answer.get$ref() == null
                        || !shared.containsKey(answer.get$ref().substring(answer.get$ref().lastIndexOf('/') + 1))) {
                    problems.add(where + ": " + status + " not a shared error answer");
                }
            }
        });

        assertEquals(List.of(), problems);
    }

    /**
     * While the database is away every operation answers 503 (DatabaseOutage), and after too many failed
     * sign-ins from one address 429; both say when to try again.
     */
    @Test
    void theAnswersToWaitAreDocumentedWithTheirRetryAfter() {
        for (String name : List.of("Unavailable", "TooManyRequests")) {
            ApiResponse answer = parse().getOpenAPI().getComponents().getResponses().get(name);
            assertNotNull(answer, name + " as a shared answer");
            assertTrue(answer.getDescription().contains("Retry-After"), answer.getDescription());
            assertNotNull(answer.getHeaders().get("Retry-After"), name + ": the Retry-After header");
            io.swagger.v3.oas.models.media.Schema<?> seconds = answer.getHeaders().get("Retry-After").getSchema();
            // OpenAPI 3.1 writes the type as a list, which the parser keeps apart from 3.0's single type.
            assertTrue("integer".equals(seconds.getType()) || seconds.getTypes() != null && seconds.getTypes().contains("integer"),
                    name + ": Retry-After in whole seconds");
            assertTrue(answer.getContent().get("application/json").getSchema().get$ref().endsWith("/ErrorBody"));
        }
    }

    @Test
    void everyPathOfTheResourcesIsPresent() throws Exception {
        Set<String> documented = parse().getOpenAPI().getPaths().keySet();
        Set<String> missing = new TreeSet<>(resourcePaths());
        missing.removeAll(documented);

        assertTrue(resourcePaths().size() > 20, "the resources were found: " + resourcePaths());
        assertEquals(Set.of(), missing);
    }

    private SwaggerParseResult parse() {
        Api.Answer served = Api.at(base).get("openapi?format=JSON");
        assertEquals(200, served.status());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(served.body(), null, options);
    }

    private static Map<String, Operation> operations(OpenAPI document) {
        Map<String, Operation> all = new java.util.TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> all.put(method.name().toLowerCase(java.util.Locale.ROOT) + " " + path, operation)));
        return all;
    }

    /** Every path the JAX-RS resources answer, found by reflection over the compiled classes. */
    static Set<String> resourcePaths() throws IOException, URISyntaxException, ClassNotFoundException {
        String root = HomewardApi.class.getAnnotation(ApplicationPath.class).value();
        Path classes = Path.of(HomewardApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> paths = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
            Class<?> type;
            try {
                type = Class.forName(name, false, OpenApiDocumentIT.class.getClassLoader());
            } catch (LinkageError serverOnly) {
                continue; // built on a server module (the servlet container's own API): not a resource
            }
            jakarta.ws.rs.Path resource = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (resource == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                boolean operation = Stream.of(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                if (operation) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    paths.add(normal(root + "/" + resource.value() + (sub == null ? "" : "/" + sub.value())));
                }
            }
        }
        return paths;
    }

    /** As OpenAPI writes a path: single slashes, no trailing one, parameters without their patterns. */
    private static String normal(String path) {
        String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
