package org.homeward.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.homeward.platform.NotFound;

/**
 * The export jobs' rows, each change in a transaction of its own so that the progress of a running
 * export is visible at once to every node. A job's row is locked while it changes: the runner's progress
 * and a user's cancel never overwrite each other.
 */
@ApplicationScoped
public class ExportJobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long create(ExportJob job) {
        job.queueOn(ExportSettings.node());
        em.persist(job);
        em.flush();
        return job.getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean start(long id) {
        return locked(id).start(ExportSettings.node(), Instant.now(clock));
    }

    /** Records the rows written so far, which also says the job is alive; whether it was asked to stop. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean progress(long id, long rows) {
        ExportJob job = locked(id);
        job.progress(rows, Instant.now(clock));
        return job.isCancelRequested();
    }

    /** Fails the job if a stopped server left it behind (see {@link #failAbandoned}); whether it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean failIfAbandoned(long id, java.time.Duration silence) {
        Instant now = Instant.now(clock);
        ExportJob job = locked(id);
        if (!job.abandoned(null, now.minus(silence))) {
            return false;
        }
        job.fail(ExportJob.SERVER_STOPPED, now);
        return true;
    }

    /**
     * Fails the jobs a stopped server left queued or running: those of {@code restartedNode} (this
     * server, starting), or of any server and silent for longer than {@code silence}. Their ids, whose
     * partial files are to be deleted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> failAbandoned(String restartedNode, java.time.Duration silence) {
        Instant now = Instant.now(clock);
        List<Long> failed = new java.util.ArrayList<>();
        for (ExportJob job : em.createNamedQuery("ExportJob.unfinished", ExportJob.class).setMaxResults(500)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (job.abandoned(restartedNode, now.minus(silence))) {
                job.fail(ExportJob.SERVER_STOPPED, now);
                failed.add(job.getId());
            }
        }
        return failed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(long id, long rows, String fileName) {
        locked(id).finish(rows, fileName, Instant.now(clock));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long id, String why) {
        locked(id).fail(why, Instant.now(clock));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void stopCancelled(long id) {
        locked(id).stopCancelled(Instant.now(clock));
    }

    /** Cancels the user's job; the file name to delete when there was one. */
    @Transactional
    String cancel(long id, String username) {
        ExportJob job = locked(id);
        if (!job.getUsername().equals(username)) {
            throw new NotFound("export", id);
        }
        String file = job.getState() == ExportState.DONE ? job.getFileName() : null;
        job.cancel(Instant.now(clock));
        return file;
    }

    @Transactional
    ExportJob find(long id) {
        ExportJob job = em.find(ExportJob.class, id);
        if (job == null) {
            throw new NotFound("export", id);
        }
        return job;
    }

    @Transactional
    List<ExportJob> ofUser(String username) {
        return em.createNamedQuery("ExportJob.ofUser", ExportJob.class).setParameter("username", username)
                .setMaxResults(50).getResultList();
    }

    /** Jobs past their time, marked expired; their file names, to delete. */
    @Transactional
    List<String> expire() {
        List<ExportJob> due = em.createNamedQuery("ExportJob.expired", ExportJob.class)
                .setParameter("now", Instant.now(clock)).setMaxResults(500).getResultList();
        due.forEach(ExportJob::expire);
        return due.stream().map(ExportJob::getFileName).filter(java.util.Objects::nonNull).toList();
    }

    private ExportJob locked(long id) {
        ExportJob job = em.find(ExportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new NotFound("export", id);
        }
        return job;
    }
}
