package org.homeward.platform;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code GET /health} on the application's own port, for load balancers that cannot reach the
 * management interface (where WildFly serves the same checks at /health too). 200 when every check
 * is up, 503 otherwise. Public: it reveals no data, only whether the service can serve.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse result = check.call();
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("name", result.getName())
                    .add("status", result.getStatus().name());
            result.getData().ifPresent(data -> {
                JsonObjectBuilder details = Json.createObjectBuilder();
                data.forEach((key, value) -> details.add(key, String.valueOf(value)));
                json.add("data", details);
            });
            results.add(json);
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", results)
                .build().toString());
    }
}
