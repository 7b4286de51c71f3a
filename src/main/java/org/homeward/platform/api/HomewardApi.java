package org.homeward.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API, version 1. Partners' scripts depend on its paths and fields: change them only with a
 * new version. The OpenAPI document is served at /openapi.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Homeward API", version = "1",
                description = "Case management for prisoners of war, detained civilians, deported children and "
                        + "the remains of the fallen. HTTP Basic authentication with the same users and roles "
                        + "as the web interface. Errors: 400 {status, errors:[{field, message}]}, 401, 403, "
                        + "404, 409 {status, message}; 429 {status, message} with Retry-After after too many failed "
                        + "sign-ins from one address; 503 {status, message} with Retry-After while the database "
                        + "cannot be reached.",
                contact = @Contact(name = "The administrators of this Homeward installation"),
                license = @License(name = "Apache License 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        // Without an address of its own the server's document would carry an empty externalDocs, which
        // is invalid OpenAPI; the address must be absolute, and the format's own specification is the one
        // document outside this installation that every reader of this one can use.
        externalDocs = @ExternalDocumentation(description = "The OpenAPI format this document is written in",
                url = "https://spec.openapis.org/oas/v3.1.0"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class HomewardApi extends Application {
}
