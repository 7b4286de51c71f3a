package org.homeward.duplicates;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;

/**
 * The scan of the whole registry for duplicates, a background job that supervisors start, follow and
 * cancel. It shows its caller only counts; the pairs it queues are read through the queue, within each
 * supervisor's record scope. Starting while one runs, on this server or another, answers the one running.
 */
@Stateless
public class DuplicateScanService {

    private static final Logger LOG = Logger.getLogger(DuplicateScanService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    DuplicateScans scans;

    @Inject
    CurrentUser currentUser;

    /** Starts a scan, or answers the one already running. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public ScanRecord start() {
        Optional<DuplicateScan> running = scans.running();
        if (running.isPresent()) {
            return ScanRecord.of(running.get());
        }
        long id;
        try {
            id = scans.create(currentUser.getUsername(), DuplicateScans.node());
        } catch (RuntimeException startedElsewhere) {
            // The unique marker: another server's scan began between the look and the insert.
            return scans.running().map(ScanRecord::of).orElseThrow(() -> startedElsewhere);
        }
        executor.submit(() -> run(id));
        return ScanRecord.of(scans.find(id));
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public ScanRecord get(long id) {
        return ScanRecord.of(scans.find(id));
    }

    /** The scan running now, if one is. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Optional<ScanRecord> current() {
        return scans.runningNow().map(ScanRecord::of);
    }

    /** Asks the scan to stop at its next page; the pairs it queued so far stay. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public ScanRecord cancel(long id) {
        return ScanRecord.of(scans.requestCancel(id));
    }

    private void run(long id) {
        try {
            boolean more = true;
            while (more) {
                more = scans.nextPage(id);
            }
        } catch (RuntimeException e) {
            // The class only: a message could quote a name.
            LOG.log(Level.WARNING, "Duplicate scan {0} failed: {1}", new Object[] {id, e.getClass().getName()});
            scans.fail(id);
        }
    }
}
