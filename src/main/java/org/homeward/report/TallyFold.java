package org.homeward.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.homeward.platform.Database;

/**
 * Folds the rows the tallies gather (one per combination and transaction) into one row per combination, so
 * that a figure adds up as few rows as there are combinations. Sums are unchanged: the rows folded are
 * exactly those deleted, in one transaction.
 */
@Singleton
public class TallyFold {

    private static final Logger LOG = Logger.getLogger(TallyFold.class.getName());

    /** The tallies, each with the row its folds lock and the columns of its combinations. */
    enum Tally {
        PEOPLE("person_tally", PersonTally.COLUMNS), MILESTONES("milestone_tally", MilestoneTally.COLUMNS);

        final String table;
        final String columns;

        Tally(String table, List<String> columns) {
            this.table = table;
            this.columns = String.join(", ", columns);
        }
    }

    @PersistenceContext
    EntityManager em;

    // Every node runs it; the lock row makes the folds take turns.
    @Schedule(minute = "*", hour = "*", persistent = false)
    @PermitAll
    void foldOnTime() {
        try {
            Database database = Database.of(em);
            em.unwrap(org.hibernate.Session.class).doWork(connection -> {
                for (Tally tally : Tally.values()) {
                    fold(connection, database, tally);
                }
            });
        } catch (RuntimeException e) {
            // Nothing is lost: the rows stay as they are and the next fold takes them.
            LOG.log(Level.WARNING, "The tally of people was not folded this time: {0}", e.getClass().getName());
        }
    }

    /**
     * Folds every row written before this fold began, in the caller's transaction; false when nothing was
     * written since the last fold. Waits for a fold running elsewhere to finish first.
     */
    static boolean fold(Connection connection, Database database, Tally tally) throws SQLException {
        long left;
        try (PreparedStatement lock = connection.prepareStatement(
                "select folded_rows from " + tally.table + "_fold where id = 1 for update");
             ResultSet locked = lock.executeQuery()) {
            locked.next();
            left = locked.getLong(1);
        }
        long last;
        try (PreparedStatement extent = connection.prepareStatement("select count(*), max(id) from " + tally.table);
             ResultSet found = extent.executeQuery()) {
            found.next();
            // Only a fold deletes rows, and folds take turns: beyond the rows the last one left, every row
            // is new (ids say nothing here: a transaction may commit a lower id after a higher one).
            if (found.getLong(1) <= left) {
                return false;
            }
            last = found.getLong(2);
        }
        // The rows summed are the rows deleted, taken by the delete itself: a row whose transaction commits
        // while the fold runs is either in both or in neither, never summed without being deleted.
        String columns = tally.columns;
        String groupBy = " group by " + columns + " having sum(people) <> 0";
        String sql = database == Database.H2
                ? "insert into " + tally.table + " (" + columns + ", people) select " + columns + ", sum(people) from old table "
                        + "(delete from " + tally.table + " where id <= ?)" + groupBy
                : "with folded as (delete from " + tally.table + " where id <= ? returning " + columns + ", people) "
                        + "insert into " + tally.table + " (" + columns + ", people) select " + columns
                        + ", sum(people) from folded" + groupBy;
        int written;
        try (PreparedStatement fold = connection.prepareStatement(sql)) {
            fold.setLong(1, last);
            written = fold.executeUpdate();
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "update " + tally.table + "_fold set folded_at = current_timestamp, folded_rows = ? where id = 1")) {
            mark.setLong(1, written);
            mark.executeUpdate();
        }
        return true;
    }
}
