package org.homeward.round;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.testing.Api;

/**
 * The exchange benchmark (issue "Repatriation workflow and exchange rounds", performance): against a
 * running server with the demo users, prepares rounds of {@code people} verified prisoners (half ours,
 * half theirs), lists them all in one request, accepts each, and then times the one request that
 * records the exchange: every person repatriated with a history entry, every nomination exchanged, all
 * audited by Envers, in one transaction. Run through src/test/benchmark/exchange.sh; see docs/benchmarks.md.
 */
public final class ExchangeBenchmark {

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("url", "http://127.0.0.1:8080/");
        int people = Integer.getInteger("people", 1000);
        int rounds = Integer.getInteger("rounds", 3);
        Api hq = Api.at(URI.create(base).toURL()).as("hq");
        List<Long> exchangeMillis = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            long round = prepare(hq, people, r);
            long version = hq.get("api/v1/rounds/" + round).json().getJsonNumber("version").longValue();
            long start = System.nanoTime();
            Api.Answer exchanged = hq.post("api/v1/rounds/" + round + "/exchange",
                    "{\"version\":" + version + ",\"exchangeDate\":\"" + java.time.LocalDate.now() + "\"}");
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (exchanged.status() != 200 || exchanged.json().getInt("exchanged") != people) {
                throw new IllegalStateException("exchange failed: " + exchanged);
            }
            exchangeMillis.add(millis);
            System.out.printf("round %d: exchange of %d people recorded in %d ms%n", r, people, millis);
        }
        Collections.sort(exchangeMillis);
        System.out.printf("exchange of %d people: median %d ms, max %d ms over %d rounds%n", people,
                exchangeMillis.get(exchangeMillis.size() / 2), exchangeMillis.get(exchangeMillis.size() - 1), rounds);
    }

    /** A round in AGREED with {@code people} accepted nominations; returns its id (also the kill -9 fault's round). */
    public static long prepare(Api hq, int people, int number) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> registered = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String side = i % 2 == 0 ? "OWN" : "HELD";
                registered.add(pool.submit(() -> verifiedPow(hq, side)));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : registered) {
                ids.add(id.get());
            }
            long round = hq.post("api/v1/rounds", "{\"name\":\"Benchmark exchange " + number + " (" + System.nanoTime()
                    + ")\",\"type\":\"POW_EXCHANGE\",\"terms\":\"" + people / 2 + " for " + people / 2 + "\"}")
                    .json().getJsonNumber("id").longValue();
            long listStart = System.nanoTime();
            Api.Answer listed = hq.post("api/v1/rounds/" + round + "/nominations", "{\"personIds\":" + ids + "}");
            if (listed.status() != 201) {
                throw new IllegalStateException("nominating failed: " + listed);
            }
            System.out.printf("round %d: %d people listed in one request in %d ms%n", number, people,
                    (System.nanoTime() - listStart) / 1_000_000);
            List<Future<Integer>> accepted = new ArrayList<>();
            for (var nomination : listed.array()) {
                long id = nomination.asJsonObject().getJsonNumber("id").longValue();
                accepted.add(pool.submit(() -> hq.put("api/v1/rounds/" + round + "/nominations/" + id,
                        "{\"outcome\":\"ACCEPTED\"}").status()));
            }
            for (Future<Integer> status : accepted) {
                if (status.get() != 200) {
                    throw new IllegalStateException("accepting failed: " + status.get());
                }
            }
            hq.post("api/v1/rounds/" + round + "/status", "{\"to\":\"NEGOTIATING\"}");
            hq.post("api/v1/rounds/" + round + "/status", "{\"to\":\"AGREED\"}");
            return round;
        } finally {
            pool.shutdown();
        }
    }

    private static long verifiedPow(Api hq, String side) {
        Api.Answer created = hq.post("api/v1/persons", "{\"category\":\"POW\",\"side\":\"" + side
                + "\",\"familyName\":\"Обмінний\",\"sex\":\"MALE\",\"office\":\"KYIV\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("registering failed: " + created);
        }
        long id = created.json().getJsonNumber("id").longValue();
        hq.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\"}");
        hq.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"VERIFIED\"}");
        return id;
    }
}
