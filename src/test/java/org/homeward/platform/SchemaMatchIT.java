package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The entity mappings match the schema the migrations built, on whichever database the server runs
 * (H2 by default; PostgreSQL in the second pass of .ci/run). Hibernate never creates tables, so a
 * mapping that drifts from the migrations would otherwise fail only when a user hits it.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMatchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.homewardWith(SchemaMatchIT.class);
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    @Test
    void mappingsMatchTheMigratedSchema() {
        assertDoesNotThrow(() -> emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects());
    }

    @Test
    void reportsWhichDatabaseItChecked() {
        String database = emf.unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getJdbcServices().getDialect().getClass().getSimpleName();
        String expected = System.getenv().getOrDefault("DB_DRIVER", "h2").startsWith("postgres") ? "PostgreSQLDialect" : "H2Dialect";
        assertEquals(expected, database);
    }
}
