package org.homeward.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
 * Keeps the tallies of people ({@link PersonTally}) and of the flow ({@link MilestoneTally}) in the same
 * transaction as every change to a person, whichever service or page makes it: Hibernate tells of each
 * person written, with the state they were loaded in, and just before the transaction commits the
 * differences are appended to {@code person_tally} and {@code milestone_tally} in one batch each. A
 * transaction that rolls back appends nothing. (Envers records the audit trail the same way.)
 */
class TallyListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** The zone whose months the flow's tally counts in, once it is built (it never changes after). */
    private volatile ZoneId milestoneZone;

    /** The differences of each open transaction, by its session. */
    private final Map<SharedSessionContractImplementor, Changes> open = new ConcurrentHashMap<>();

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Person) {
            changes(event.getSession()).add(event.getPersister(), event.getState(), 1);
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
            changes.add(event.getPersister(), event.getOldState(), -1);
            changes.add(event.getPersister(), event.getState(), 1);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Person) {
            changes(event.getSession()).add(event.getPersister(), event.getDeletedState(), -1);
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

        private final Map<PersonTally, Long> people = new LinkedHashMap<>();
        private final Map<MilestoneTally.Reached, Long> milestones = new LinkedHashMap<>();

        void add(EntityPersister persister, Object[] state, long n) {
            people.merge(PersonTally.of(persister, state), n, Long::sum);
            for (MilestoneTally.Reached reached : MilestoneTally.of(persister, state)) {
                milestones.merge(reached, n, Long::sum);
            }
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            open.remove(session);
            session.doWork(connection -> {
                append(connection, "person_tally", PersonTally.COLUMNS, people, PersonTally::values);
                ZoneId zone = milestoneZone(connection);
                if (zone != null) {
                    Map<MilestoneTally, Long> months = new LinkedHashMap<>();
                    milestones.forEach((reached, n) -> months.merge(reached.in(zone), n, Long::sum));
                    append(connection, "milestone_tally", MilestoneTally.COLUMNS, months, MilestoneTally::values);
                }
            });
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            // After a rollback the process above never ran.
            open.remove(session);
        }
    }

    /**
     * The zone of the flow's tally; null while it is not built (its build then counts this transaction's
     * people from the person table).
     */
    private ZoneId milestoneZone(Connection connection) throws SQLException {
        if (milestoneZone == null) {
            try (PreparedStatement query = connection.prepareStatement("select month_zone from milestone_tally_fold where id = 1");
                 ResultSet row = query.executeQuery()) {
                if (row.next() && row.getString(1) != null) {
                    milestoneZone = ZoneId.of(row.getString(1));
                }
            }
        }
        return milestoneZone;
    }

    private static <K> void append(Connection connection, String table, List<String> columns, Map<K, Long> differences,
                                   Function<K, Object[]> values) throws SQLException {
        if (differences.values().stream().allMatch(n -> n == 0)) {
            return;
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ", people) values ("
                + "?, ".repeat(columns.size()) + "?)";
        try (PreparedStatement append = connection.prepareStatement(sql)) {
            for (Map.Entry<K, Long> difference : differences.entrySet()) {
                if (difference.getValue() == 0) {
                    continue;
                }
                Object[] row = values.apply(difference.getKey());
                for (int i = 0; i < row.length; i++) {
                    append.setObject(i + 1, row[i]);
                }
                append.setLong(row.length + 1, difference.getValue());
                append.addBatch();
            }
            append.executeBatch();
        }
    }
}
