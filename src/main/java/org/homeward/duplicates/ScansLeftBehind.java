package org.homeward.duplicates;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever scan this server was running when it stopped (or the application was redeployed) died with
 * it: it is failed at start, so that the next scan need not wait for it to fall silent. A scan of a
 * server that does not come back is failed when the next one is asked for, once it has been silent
 * long enough ({@link DuplicateScans#SILENCE}).
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class ScansLeftBehind {

    private static final Logger LOG = Logger.getLogger(ScansLeftBehind.class.getName());

    @Inject
    DuplicateScans scans;

    @PostConstruct
    void failThoseOfThisServer() {
        try {
            if (scans.failThoseOfThisServer()) {
                LOG.warning("A duplicate scan left running by this server's last start is marked failed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The duplicate scan left by this server's last start is not yet failed: {0}",
                    e.getClass().getName());
        }
    }
}
