package org.homeward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.homeward.platform.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fold of the tally of people on a real (in-memory H2) database with the real migrations: while other
 * transactions move people and append their differences, two folds run again and again, and no sum is
 * ever lost or counted twice. The caseload's tally is the one V10 derives from the loaded people.
 */
class TallyFoldTest {

    private static final String URL = "jdbc:h2:mem:tally-fold;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
    private static final String KEY = String.join(", ", PersonTally.COLUMNS);
    private static final List<String> STATUSES = List.of("REPORTED", "LOCATED", "VERIFIED", "CLOSED");

    @BeforeAll
    static void load() throws SQLException {
        CaseloadLoader.load(URL, "sa", "sa", new CaseloadLoader.Settings(600, 11L, Instant.parse("2026-11-29T06:00:00Z"), "6"));
    }

    @Test
    void foldsRunningBesideMovesNeverLoseOrDoubleACount() throws Exception {
        assertEquals(people(), tally(), "V10's tally of the loaded caseload");
        List<Long> ids = longs("select id from person");
        List<Long> caseworkers = longs("select u.id from app_user u join app_user_role r on r.user_id = u.id "
                + "where r.role = 'CASEWORKER'");
        AtomicBoolean moving = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> folds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                folds.add(threads.submit(() -> {
                    int folded = 0;
                    while (moving.get()) {
                        folded += inTransaction(db -> TallyFold.fold(db, Database.H2, TallyFold.Tally.PEOPLE)) ? 1 : 0;
                    }
                    return folded;
                }));
            }
            List<Future<?>> movers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Random random = new Random(i);
                movers.add(threads.submit(() -> {
                    for (int m = 0; m < 150; m++) {
                        long person = ids.get(random.nextInt(ids.size()));
                        String status = STATUSES.get(random.nextInt(STATUSES.size()));
                        Long assignee = random.nextBoolean() ? null : caseworkers.get(random.nextInt(caseworkers.size()));
                        inTransaction(db -> move(db, person, status, assignee));
                    }
                    return null;
                }));
            }
            for (Future<?> mover : movers) {
                mover.get();
            }
            moving.set(false);
            int folded = 0;
            for (Future<Integer> fold : folds) {
                folded += fold.get();
            }
            assertTrue(folded > 0, "the folds ran while people moved");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(people(), tally(), "after 300 moves and the folds beside them");

        // Whether the folds above took the last moves or not, this one leaves nothing unfolded.
        inTransaction(db -> TallyFold.fold(db, Database.H2, TallyFold.Tally.PEOPLE));
        assertEquals(people(), tally(), "after the last fold");
        assertEquals(tally().size(), longs("select count(*) from person_tally").get(0).intValue(),
                "one row per combination once folded");
        assertFalse(inTransaction(db -> TallyFold.fold(db, Database.H2, TallyFold.Tally.PEOPLE)), "nothing new to fold");
    }

    /** What the application does when a person moves: the person's row and the tally's -1 and +1, in one transaction. */
    private static boolean move(Connection db, long person, String status, Long assignee) throws SQLException {
        Object[] before = key(db, person);
        try (PreparedStatement update = db.prepareStatement("update person set status = ?, assigned_to_id = ? where id = ?")) {
            update.setString(1, status);
            update.setObject(2, assignee);
            update.setLong(3, person);
            update.executeUpdate();
        }
        Object[] after = key(db, person);
        append(db, before, -1);
        append(db, after, 1);
        return true;
    }

    private static Object[] key(Connection db, long person) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select " + KEY + " from person where id = ? for update")) {
            select.setLong(1, person);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Object[] key = new Object[PersonTally.COLUMNS.size()];
                for (int i = 0; i < key.length; i++) {
                    key[i] = row.getObject(i + 1);
                }
                return key;
            }
        }
    }

    private static void append(Connection db, Object[] key, long people) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into person_tally (" + KEY + ", people) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < key.length; i++) {
                insert.setObject(i + 1, key[i]);
            }
            insert.setLong(key.length + 1, people);
            insert.executeUpdate();
        }
    }

    private interface Work {
        boolean run(Connection db) throws SQLException;
    }

    private static boolean inTransaction(Work work) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "sa", "sa")) {
            db.setAutoCommit(false);
            try {
                boolean result = work.run(db);
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    private static Map<String, Long> people() throws SQLException {
        return counts("select " + KEY + ", count(*) from person group by " + KEY);
    }

    private static Map<String, Long> tally() throws SQLException {
        return counts("select " + KEY + ", sum(people) from person_tally group by " + KEY + " having sum(people) <> 0");
    }

    private static Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(URL, "sa", "sa"); PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            int n = PersonTally.COLUMNS.size();
            while (rows.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    key.add(String.valueOf(rows.getObject(i)));
                }
                counts.put(String.join("|", key), rows.getLong(n + 1));
            }
        }
        return counts;
    }

    private static List<Long> longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL, "sa", "sa"); PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }
}
