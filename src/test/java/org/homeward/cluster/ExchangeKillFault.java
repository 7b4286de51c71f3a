package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.homeward.round.ExchangeBenchmark;
import org.homeward.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the node recording a 1,000-person exchange, in the middle of it (src/test/cluster/faults.sh):
 * afterwards the round, the nominations, the people's statuses and their history are either all as
 * before or all exchanged, never half; the audit chain verifies intact; after the node's restart the
 * exchange is recorded (again, or for the first time) exactly once.
 */
class ExchangeKillFault {

    private static final int PEOPLE = 1000;

    @Test
    void anExchangeCutByKillMinus9IsAllOrNothingAndCanBeRecordedAfterwards() throws Exception {
        Api hq = Api.at(TwoNodes.node(1)).as("hq");
        long round = ExchangeBenchmark.prepare(hq, PEOPLE, 1);
        long version = hq.get("api/v1/rounds/" + round).json().getJsonNumber("version").longValue();
        String exchange = "{\"version\":" + version + ",\"exchangeDate\":\"" + java.time.LocalDate.now() + "\"}";

        CompletableFuture<Integer> recording = CompletableFuture.supplyAsync(() -> {
            try {
                return hq.post("api/v1/rounds/" + round + "/exchange", exchange).status();
            } catch (RuntimeException connectionCut) {
                return -1;
            }
        });
        Thread.sleep(Long.getLong("fault.kill-after-ms", 400));
        TwoNodes.kill(1);
        int answered = recording.get(1, TimeUnit.MINUTES);

        State after = state(round);
        System.out.printf("exchange kill: answer %d; after the kill: round %s, people %s, repatriations %d, nominations %s%n",
                answered, after.round, after.people, after.repatriations, after.outcomes);
        boolean recorded = after.round.equals("COMPLETED");
        assertEquals(recorded ? Map.of("REPATRIATED", (long) PEOPLE) : Map.of("AGREED", (long) PEOPLE), after.people);
        assertEquals(recorded ? PEOPLE : 0, after.repatriations);
        assertEquals(1, after.outcomes.size(), after.outcomes.toString());
        assertIntact(2);

        TwoNodes.start(1);
        if (!recorded) {
            long now = hq.get("api/v1/rounds/" + round).json().getJsonNumber("version").longValue();
            Api.Answer again = hq.post("api/v1/rounds/" + round + "/exchange",
                    "{\"version\":" + now + ",\"exchangeDate\":\"" + java.time.LocalDate.now() + "\"}");
            assertEquals(200, again.status(), again.body());
        }
        State done = state(round);
        assertEquals("COMPLETED", done.round);
        assertEquals(Map.of("REPATRIATED", (long) PEOPLE), done.people);
        assertEquals(PEOPLE, done.repatriations);
        assertIntact(1);
    }

    private static void assertIntact(int node) throws InterruptedException {
        JsonObject verified = Api.at(TwoNodes.node(node)).as("auditor").get("api/v1/audit/verify").json();
        for (int i = 0; i < 60 && !verified.getBoolean("intact"); i++) {
            Thread.sleep(1000);
            verified = Api.at(TwoNodes.node(node)).as("auditor").get("api/v1/audit/verify").json();
        }
        assertTrue(verified.getBoolean("intact"), verified.toString());
    }

    private record State(String round, Map<String, Long> people, long repatriations, Map<String, Long> outcomes) {
    }

    /** Read straight from the database the nodes share: what is written, whatever a node would show. */
    private static State state(long round) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + System.getProperty("cluster.pgport", "5433") + "/"
                + System.getProperty("cluster.db", "homeward_cluster_faults");
        try (Connection db = DriverManager.getConnection(url, "postgres", "x")) {
            return new State(
                    text(db, "select status from exchange_round where id = ?", round),
                    counts(db, "select p.status, count(*) from person p join nomination n on n.person_id = p.id"
                            + " where n.round_id = ? group by p.status", round),
                    Long.parseLong(text(db, "select count(*) from status_change s join nomination n on n.person_id = s.person_id"
                            + " where n.round_id = ? and s.to_status = 'REPATRIATED'", round)),
                    counts(db, "select outcome, count(*) from nomination where round_id = ? group by outcome", round));
        }
    }

    private static String text(Connection db, String sql, long round) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, round);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static Map<String, Long> counts(Connection db, String sql, long round) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, round);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
