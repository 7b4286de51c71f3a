package org.homeward.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homeward.platform.NotFound;

/**
 * The scans' rows and the scan's work, each step in a transaction of its own: progress shows at once on
 * every server, a cancel is seen at the next page, and a page's pairs are queued or not at all.
 */
@ApplicationScoped
public class DuplicateScans {

    /**
     * People read per transaction: their candidates are found together (a few statements per page, not
     * per person), so a page is big; still under a few seconds, so that a cancel is seen soon and the
     * locks stay short.
     */
    static final int PAGE = 1000;

    /** A running scan without progress this long was left by a stopped server and is failed. */
    static final Duration SILENCE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    DuplicateQueue queue;

    @Inject
    Clock clock;

    /** This server's name, which the scans it runs carry (give every node its own {@code jboss.node.name}). */
    static String node() {
        String name = System.getProperty("jboss.node.name", System.getProperty("jboss.host.name", "localhost"));
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /**
     * Fails the scan this server was running when it stopped or the application was redeployed: its
     * thread died with it. Whether there was one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean failThoseOfThisServer() {
        Optional<DuplicateScan> running = em.createNamedQuery("DuplicateScan.running", DuplicateScan.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .filter(scan -> node().equals(scan.getNode()));
        running.ifPresent(scan -> scan.end(ScanState.FAILED, Instant.now(clock)));
        return running.isPresent();
    }

    /** The scan running now, if any; one left behind by a stopped server is failed first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<DuplicateScan> running() {
        Optional<DuplicateScan> running = em.createNamedQuery("DuplicateScan.running", DuplicateScan.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        Instant now = Instant.now(clock);
        if (running.isPresent() && running.get().abandoned(now.minus(SILENCE))) {
            running.get().end(ScanState.FAILED, now);
            return Optional.empty();
        }
        return running;
    }

    /** The scan running now, if any, as read: for showing its progress, without taking its lock. */
    @Transactional
    Optional<DuplicateScan> runningNow() {
        return em.createNamedQuery("DuplicateScan.running", DuplicateScan.class).getResultStream().findFirst();
    }

    /** A new running scan; fails on the unique marker when another server started one meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long create(String by, String node) {
        long total = ((Number) em.createNativeQuery("select count(*) from person").getSingleResult()).longValue();
        DuplicateScan scan = new DuplicateScan(by, total, node, Instant.now(clock));
        em.persist(scan);
        em.flush();
        return scan.getId();
    }

    /**
     * Reads the next page of people after the scan's cursor and queues their likely duplicates; whether
     * there is more to read (false also when the scan was cancelled or is no longer running).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean nextPage(long scanId) {
        // Read without a lock while the page is worked: a cancel is not kept waiting for a whole page.
        DuplicateScan scan = found(scanId, LockModeType.NONE);
        if (scan.getState().finished()) {
            return false;
        }
        // Keyset, not offset: each page costs the same at the start and the end of a million rows.
        List<?> ids = scan.isCancelRequested() ? List.of()
                : em.createNativeQuery("select id from person where id > ?1 order by id")
                        .setParameter(1, scan.getLastPersonId()).setMaxResults(PAGE).getResultList();
        List<Long> page = ids.stream().map(id -> ((Number) id).longValue()).toList();
        long pairs = page.isEmpty() ? 0 : queue.queueCandidatesOfEach(page, scan.getStartedBy());
        long last = page.isEmpty() ? scan.getLastPersonId() : page.get(page.size() - 1);
        // The row as it is now (a cancel may have come meanwhile), locked until this page commits.
        em.refresh(scan, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (scan.getState().finished()) {
            return false;
        }
        if (scan.isCancelRequested()) {
            scan.progress(last, ids.size(), pairs, now);
            scan.end(ScanState.CANCELLED, now);
            return false;
        }
        if (ids.isEmpty()) {
            scan.end(ScanState.DONE, now);
            return false;
        }
        scan.progress(last, ids.size(), pairs, now);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long scanId) {
        DuplicateScan scan = locked(scanId);
        if (!scan.getState().finished()) {
            scan.end(ScanState.FAILED, Instant.now(clock));
        }
    }

    @Transactional
    DuplicateScan requestCancel(long scanId) {
        DuplicateScan scan = locked(scanId);
        scan.requestCancel();
        return scan;
    }

    @Transactional
    DuplicateScan find(long scanId) {
        return found(scanId, LockModeType.NONE);
    }

    private DuplicateScan locked(long scanId) {
        return found(scanId, LockModeType.PESSIMISTIC_WRITE);
    }

    private DuplicateScan found(long scanId, LockModeType lock) {
        DuplicateScan scan = em.find(DuplicateScan.class, scanId, lock);
        if (scan == null) {
            throw new NotFound("duplicate-scan", scanId);
        }
        return scan;
    }
}
