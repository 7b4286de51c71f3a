package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Map;
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
        TwoNodes.assertAuditIntact(2);

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
        TwoNodes.assertAuditIntact(1);
    }

    private record State(String round, Map<String, Long> people, long repatriations, Map<String, Long> outcomes) {
    }

    /** Read straight from the database the nodes share: what is written, whatever a node would show. */
    private static State state(long round) throws SQLException {
        return new State(
                ClusterDatabase.text("select status from exchange_round where id = ?", round),
                ClusterDatabase.counts("select p.status, count(*) from person p join nomination n on n.person_id = p.id"
                        + " where n.round_id = ? group by p.status", round),
                ClusterDatabase.number("select count(*) from status_change s join nomination n on n.person_id = s.person_id"
                        + " where n.round_id = ? and s.to_status = 'REPATRIATED'", round),
                ClusterDatabase.counts("select outcome, count(*) from nomination where round_id = ? group by outcome", round));
    }
}
