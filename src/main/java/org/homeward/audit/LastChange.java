package org.homeward.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.homeward.platform.Conflict;

/** Who last changed a record and when, from its newest audit revision: the words of a conflict message. */
@ApplicationScoped
public class LastChange {

    @PersistenceContext
    EntityManager em;

    /** The conflict to report when {@code type} {@code id} was saved by someone after the caller read it. */
    public Conflict conflictOn(Class<?> type, Object id) {
        List<?> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (revisions.isEmpty()) {
            return new Conflict(null, null);
        }
        AuditRevision revision = (AuditRevision) ((Object[]) revisions.get(0))[1];
        return new Conflict(revision.getUsername() == null ? "system" : revision.getUsername(),
                revision.getRevisionTime());
    }
}
