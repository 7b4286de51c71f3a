package org.homeward.report;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.homeward.person.Person;

/**
 * Keeps the tally of people ({@link PersonTally}) in the same transaction as every change to a person,
 * whichever service or page makes it: Hibernate tells of each person written, with the state they were
 * loaded in, and just before the transaction commits the differences are appended to {@code person_tally}
 * in one batch. A transaction that rolls back appends nothing. (Envers records the audit trail the same
 * way.)
 */
class TallyListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String APPEND = "insert into person_tally (" + String.join(", ", PersonTally.COLUMNS)
            + ", people) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The differences of each open transaction, by its session. */
    private final Map<SharedSessionContractImplementor, Changes> open = new ConcurrentHashMap<>();

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Person) {
            changes(event.getSession()).add(PersonTally.of(event.getPersister(), event.getState()), 1);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Person) {
            if (event.getOldState() == null) {
                // Hibernate knows the old state of every person loaded in the session, and Homeward writes
                // people only so; without it the tally would drift unseen.
                throw new IllegalStateException("a person was updated without its loaded state; the tally cannot follow");
            }
            Changes changes = changes(event.getSession());
            changes.add(PersonTally.of(event.getPersister(), event.getOldState()), -1);
            changes.add(PersonTally.of(event.getPersister(), event.getState()), 1);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Person) {
            changes(event.getSession()).add(PersonTally.of(event.getPersister(), event.getDeletedState()), -1);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private Changes changes(EventSource session) {
        return open.computeIfAbsent(session, s -> {
            Changes changes = new Changes();
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) changes);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) changes);
            return changes;
        });
    }

    /** One transaction's differences: +1 and -1 of the same combination cancel out before anything is written. */
    private final class Changes implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

        private final Map<PersonTally, Long> differences = new LinkedHashMap<>();

        void add(PersonTally tally, long people) {
            differences.merge(tally, people, Long::sum);
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            open.remove(session);
            if (differences.values().stream().allMatch(n -> n == 0)) {
                return;
            }
            session.doWork(connection -> {
                try (PreparedStatement append = connection.prepareStatement(APPEND)) {
                    for (Map.Entry<PersonTally, Long> difference : differences.entrySet()) {
                        if (difference.getValue() == 0) {
                            continue;
                        }
                        Object[] values = difference.getKey().values();
                        for (int i = 0; i < values.length; i++) {
                            append.setObject(i + 1, values[i]);
                        }
                        append.setLong(values.length + 1, difference.getValue());
                        append.addBatch();
                    }
                    append.executeBatch();
                }
            });
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            // After a rollback the process above never ran.
            open.remove(session);
        }
    }
}
