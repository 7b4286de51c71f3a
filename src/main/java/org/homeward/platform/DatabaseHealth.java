package org.homeward.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/HomewardDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             // Flyway creates its table with quoted lower-case names on every database. The newest by the
             // order applied: the version column is text, whose max says "9" is after "21".
             ResultSet rs = statement.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                     + " and \"version\" is not null order by \"installed_rank\" desc fetch first 1 rows only")) {
            rs.next();
            return HealthCheckResponse.named("database").up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", String.valueOf(rs.getString(1)))
                    .build();
        } catch (SQLException e) {
            // The reason goes to the operator; it holds no personal data.
            return HealthCheckResponse.named("database").down().withData("error", e.getSQLState() == null
                    ? e.getClass().getSimpleName() : e.getSQLState()).build();
        }
    }
}
