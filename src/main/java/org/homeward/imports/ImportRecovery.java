package org.homeward.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fails the imports a stopped server left previewing or committing, with a message saying so: what was
 * committed stays committed, and committing again takes the list up where it stopped. On start, those of
 * this server; every minute, those of any server silent for longer than a batch ever takes. Runs as the
 * server, not as a user: it only marks imports, never reads or writes a person.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@PermitAll
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    /** A batch of 500 rows takes seconds; an import silent this long has no server working on it. */
    static final Duration SILENCE = Duration.ofMinutes(10);

    static final String STOPPED = "import.failed.serverStopped";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void failThoseOfThisServer() {
        failAbandoned(ImportSettings.node());
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void failSilent() {
        failAbandoned("");
    }

    private void failAbandoned(String restartedNode) {
        try {
            Instant now = Instant.now(clock);
            int failed = em.createNamedQuery("ListImport.abandoned").setParameter("why", STOPPED).setParameter("now", now)
                    .setParameter("node", restartedNode).setParameter("silentSince", now.minus(SILENCE)).executeUpdate();
            if (failed > 0) {
                LOG.log(Level.WARNING, "{0} imports were left unfinished by a stopped server and are marked failed", failed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unfinished imports of stopped servers not yet failed: {0}", e.getClass().getName());
        }
    }
}
