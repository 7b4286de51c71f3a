package org.homeward.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Whether a failure means that the database cannot be reached (stopped, restarting, the pool unable to
 * connect) rather than a fault of the request or of Homeward. Such a request is answered 503, "try again
 * shortly", not 500: nothing is wrong with what the user did, and it works again by itself once the
 * database is back (the pool validates each connection before lending it, config/datasource.cli).
 */
public final class DatabaseOutage {

    /**
     * The connector's "cannot get a connection" (IronJacamar wraps the driver's failure in it). Named, not
     * imported: the Connectors API is the server's and need not be visible to every class loader that
     * asks.
     */
    private static final String POOL_FAILURE = "jakarta.resource.ResourceException";

    /** While the database is away every request fails alike: one log line a minute, with a count, is enough. */
    private static final long QUIET_MILLIS = 60_000;
    private static final AtomicLong UNLOGGED = new AtomicLong();
    private static final AtomicLong LAST_LINE = new AtomicLong(Long.MIN_VALUE);
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    private DatabaseOutage() {
    }

    /** Notes a request answered 503 ({@code where}: "API", "page", "sign-in"); logs a WARNING at most once a minute. */
    public static void answered(String where) {
        long now = System.currentTimeMillis();
        long last = LAST_LINE.get();
        if (now - last >= QUIET_MILLIS && LAST_LINE.compareAndSet(last, now)) {
            long before = UNLOGGED.getAndSet(0);
            LOG.warning("Database unavailable: a request (" + where + ") was answered 503"
                    + (before == 0 ? "" : "; " + before + " more since the last line") + "; further ones are counted for 60 s");
        } else {
            UNLOGGED.incrementAndGet();
        }
    }

    public static boolean caused(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || isPoolFailure(cause.getClass())) {
                return true;
            }
            // SQL state class 08 is "connection exception"; PostgreSQL's 57P01-57P03 are "the server is
            // shutting down, crashed, or cannot accept connections yet".
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPoolFailure(Class<?> type) {
        for (Class<?> level = type; level != null; level = level.getSuperclass()) {
            if (level.getName().equals(POOL_FAILURE)) {
                return true;
            }
        }
        return false;
    }
}
