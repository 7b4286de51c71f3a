package org.homeward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.workflow.StatusRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark caseload at small size, in an in-memory H2 database with the real migrations: what the
 * reports will count must be a caseload the application itself could have made.
 */
class CaseloadLoaderTest {

    private static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");
    private static final String URL = "jdbc:h2:mem:caseload-test;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void load() throws SQLException {
        CaseloadLoader.load(URL, "sa", "sa", new CaseloadLoader.Settings(2_000, 7L, NOW, "6"));
    }

    private record Change(RepatriationStatus from, RepatriationStatus to, String by, Instant at, String reason,
                          String closingReason, Long roundId) {
    }

    @Test
    void everyPersonsStatusIsWhereTheirValidHistoryLeadsAndUpdatedAtIsTheLastChange() throws SQLException {
        Set<String> users = strings("select username from app_user");
        users.addAll(Set.of("hq", "supervisor"));
        Map<Long, List<Change>> histories = new HashMap<>();
        try (Connection db = connect(); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select person_id, from_status, to_status, changed_by, changed_at, reason, "
                     + "closing_reason, round_id from status_change order by person_id, changed_at, id")) {
            while (rs.next()) {
                histories.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Change(
                        RepatriationStatus.valueOf(rs.getString(2)), RepatriationStatus.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                        (Long) rs.getObject(8, Long.class)));
            }
        }
        Set<RepatriationStatus> reached = new HashSet<>();
        int people = 0;
        try (Connection db = connect(); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select id, status, side, registered_at, updated_at, deceased from person")) {
            while (rs.next()) {
                people++;
                RepatriationStatus status = RepatriationStatus.valueOf(rs.getString(2));
                Side side = Side.valueOf(rs.getString(3));
                Instant registered = rs.getObject(4, OffsetDateTime.class).toInstant();
                Instant updated = rs.getObject(5, OffsetDateTime.class).toInstant();
                List<Change> history = histories.getOrDefault(rs.getLong(1), List.of());
                RepatriationStatus current = RepatriationStatus.REPORTED;
                Instant last = registered;
                for (Change change : history) {
                    assertEquals(current, change.from(), "history chained for person " + rs.getLong(1));
                    StatusRules.Kind kind = StatusRules.kind(change.from(), change.to(), side).orElseThrow(
                            () -> new AssertionError("no move " + change.from() + " -> " + change.to()));
                    assertTrue(change.at().isAfter(last), "changes after registration and after each other");
                    assertFalse(change.at().isAfter(NOW), "no change in the future");
                    assertTrue(users.contains(change.by()), "changed by a real user: " + change.by());
                    if (kind.reasonRequired()) {
                        assertNotNull(change.reason(), change.from() + " -> " + change.to() + " needs a reason");
                    }
                    assertEquals(change.to() == RepatriationStatus.CLOSED, change.closingReason() != null);
                    assertEquals(kind == StatusRules.Kind.ROUND, change.roundId() != null,
                            "round moves, and only they, name their round: " + change);
                    current = change.to();
                    last = change.at();
                }
                assertEquals(current, status, "status is the last change's for person " + rs.getLong(1));
                assertEquals(last, updated, "updated_at is the last change");
                // Dead stays on the record when the remains go home, so the mark may outlive the status.
                if (status == RepatriationStatus.DECEASED) {
                    assertTrue(rs.getBoolean(6), "a deceased person is marked so");
                }
                assertEquals(rs.getBoolean(6), history.stream().anyMatch(c -> c.to() == RepatriationStatus.DECEASED));
                reached.add(status);
            }
        }
        assertEquals(2_000, people);
        // The spread the reports need: every status occurs, not one million REPORTED.
        assertEquals(Set.of(RepatriationStatus.values()), reached);
    }

    @Test
    void nobodyIsOnTwoOpenRoundsAndListsAgreeWithTheStatus() throws SQLException {
        assertEquals(0, count("select count(*) from (select person_id from nomination n join exchange_round r on r.id = n.round_id "
                + "where r.status not in ('COMPLETED', 'CANCELLED') and n.outcome not in ('WITHDRAWN', 'EXCHANGED') "
                + "group by person_id having count(*) > 1) twice"));
        // Held exactly while the round is open and the outcome holds the person; held people are on the list.
        assertEquals(0, count("select count(*) from nomination n join exchange_round r on r.id = n.round_id "
                + "where (n.held_person_id is not null) <> (r.status not in ('COMPLETED', 'CANCELLED') "
                + "and n.outcome not in ('WITHDRAWN', 'EXCHANGED'))"));
        assertEquals(0, count("select count(*) from nomination n join person p on p.id = n.held_person_id "
                + "where p.status not in ('NOMINATED', 'AGREED') or n.person_id <> n.held_person_id"));
        // Everyone exchanged went home on that round.
        assertEquals(0, count("select count(*) from nomination n where n.outcome = 'EXCHANGED' and not exists (select 1 "
                + "from status_change c where c.person_id = n.person_id and c.round_id = n.round_id and c.to_status = 'REPATRIATED')"));
        assertTrue(count("select count(*) from nomination where outcome = 'EXCHANGED'") > 100);
        assertTrue(count("select count(*) from nomination where outcome = 'REJECTED' and reason is not null") > 0);
        assertEquals(0, count("select count(*) from nomination where outcome = 'REJECTED' and reason is null"));
        assertTrue(count("select count(*) from exchange_round where status = 'COMPLETED'") > 30);
    }

    @Test
    void tasksAndAssignedCasesBelongToCaseworkersOfTheCasesOffice() throws SQLException {
        assertEquals(0, count("select count(*) from follow_up_task t join person p on p.id = t.person_id "
                + "join app_user u on u.id = t.assignee_id where u.office_id <> p.office_id or not exists "
                + "(select 1 from app_user_role r where r.user_id = u.id and r.role = 'CASEWORKER')"));
        assertEquals(0, count("select count(*) from person p join app_user u on u.id = p.assigned_to_id "
                + "where u.office_id <> p.office_id"));
        long open = count("select count(*) from person where status <> 'CLOSED'");
        long assigned = count("select count(*) from person where status <> 'CLOSED' and assigned_to_id is not null");
        assertTrue(assigned > open * 0.6 && assigned < open * 0.8, assigned + " of " + open + " open cases assigned");
        long tasks = count("select count(*) from follow_up_task");
        assertTrue(tasks > 800 && tasks < 1_200, tasks + " tasks");
        assertTrue(count("select count(*) from follow_up_task where not done and due_on < date '2026-11-29'") > 0, "overdue tasks");
        assertTrue(count("select count(*) from follow_up_task where not done and due_on >= date '2026-11-29'") > 0, "tasks due");
        assertEquals(0, count("select count(*) from follow_up_task where done and done_at is null"));
    }

    @Test
    void theApplicationsNextIdsAndCaseNumbersAreFree() throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            ResultSet rs = statement.executeQuery("select next value for person_part_seq");
            rs.next();
            assertTrue(rs.getLong(1) > count("select max(id) from status_change"));
        }
        long loadedThisYear = count("select count(*) from person where category = 'POW' and case_number like 'POW-2026-%'");
        assertEquals(loadedThisYear, count("select last_value from case_number_counter where category = 'POW' and counter_year = 2026"));
        assertNull(text("select case_number from person group by case_number having count(*) > 1"));
    }

    @Test
    void theSameSeedAndDayLoadTheSameCaseload() throws SQLException {
        String again = "jdbc:h2:mem:caseload-again;DB_CLOSE_DELAY=-1";
        CaseloadLoader.load(again, "sa", "sa", new CaseloadLoader.Settings(2_000, 7L, NOW, "6"));

        String history = "select p.case_number, p.assigned_to_id, c.to_status, c.changed_by, c.changed_at, c.round_id "
                + "from status_change c join person p on p.id = c.person_id order by p.case_number, c.changed_at";
        String lists = "select p.case_number, n.round_id, n.outcome, n.reason from nomination n join person p on p.id = n.person_id "
                + "order by p.case_number, n.round_id";
        String tasks = "select p.case_number, t.due_on, t.done, t.assignee_id from follow_up_task t join person p on p.id = t.person_id "
                + "order by p.case_number, t.id";
        for (String sql : List.of(history, lists, tasks)) {
            assertEquals(rows(URL, sql), rows(again, sql));
        }
    }

    private static List<String> rows(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "sa"); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Set<String> strings(String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection db = connect(); Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "sa");
    }
}
