package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being away (503) and which are faults or refusals (500, 409, 400). */
class DatabaseOutageTest {

    @Test
    void aConnectionLostWhileTheDatabaseRestartsIsAnOutageHoweverDeeplyWrapped() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertTrue(DatabaseOutage.caused(new EJBException(new PersistenceException("could not execute statement", lost))));
    }

    @Test
    void theServerShuttingDownIsAnOutage() {
        assertTrue(DatabaseOutage.caused(new SQLException("terminating connection due to administrator command", "57P01")));
    }

    @Test
    void aPoolThatCannotConnectIsAnOutage() {
        SQLException pool = new SQLException("IJ031013: Unable to get managed connection",
                new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/HomewardDS"));
        assertTrue(DatabaseOutage.caused(new PersistenceException(pool)));
    }

    @Test
    void aRefusedWriteOrAFaultIsNot() {
        assertFalse(DatabaseOutage.caused(new PersistenceException(new SQLException("duplicate key value", "23505"))));
        assertFalse(DatabaseOutage.caused(new EJBException(new IllegalStateException("a bug"))));
        assertFalse(DatabaseOutage.caused(new SQLException("no state")));
    }
}
