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
        em.persist(job);
        em.flush();
        return job.getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean start(long id) {
        return locked(id).start();
    }

    /** Records the rows written so far; whether the job was asked to stop. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean progress(long id, long rows) {
        ExportJob job = locked(id);
        job.progress(rows);
        return job.isCancelRequested();
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
