package org.homeward.audit;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.testing.Api;

/**
 * The audit-cost benchmark (issue "An audit trail you can trust", performance): the two writes a
 * caseworker makes most, a status transition and a case edit (read the record, save it with its
 * version), timed against a running server, one at a time (latency) and from four clients at once
 * (writes per second). src/test/benchmark/audit-cost.sh runs it against a server with the audit trail
 * and against the same WAR with Envers switched off, and prints the ratio; see docs/benchmarks.md.
 */
public final class AuditCostBenchmark {

    private AuditCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("url", "http://127.0.0.1:8080/");
        int operations = Integer.getInteger("operations", 400);
        Api hq = Api.at(URI.create(base).toURL()).as("hq");
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            people.add(register(hq));
        }
        // Warm up the server's code paths before anything is timed.
        run(hq, people, operations / 4, 1, AuditCostBenchmark::transition);
        run(hq, people, operations / 4, 1, AuditCostBenchmark::edit);
        report("transition", run(hq, people, operations, 1, AuditCostBenchmark::transition),
                run(hq, people, operations, 4, AuditCostBenchmark::transition), operations);
        report("edit", run(hq, people, operations, 1, AuditCostBenchmark::edit),
                run(hq, people, operations, 4, AuditCostBenchmark::edit), operations);
    }

    private interface Write {
        void on(Api api, long person, int n);
    }

    private record Timing(List<Long> micros, long wallMillis) {
    }

    private static void report(String what, Timing serial, Timing parallel, int operations) {
        List<Long> sorted = new ArrayList<>(serial.micros());
        Collections.sort(sorted);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms one at a time; %.0f writes/s one at a time, %.0f writes/s from 4 clients%n",
                what, sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() * 95 / 100) / 1000.0,
                operations * 1000.0 / serial.wallMillis(), operations * 1000.0 / parallel.wallMillis());
    }

    private static Timing run(Api api, List<Long> people, int operations, int clients, Write write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> timings = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < operations; i++) {
                // Each client works on its own people, so no two writes collide on one record.
                long person = people.get((i % clients) + clients * ((i / clients) % (people.size() / clients)));
                int n = i;
                timings.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    write.on(api, person, n);
                    return (System.nanoTime() - begin) / 1000;
                }));
            }
            List<Long> micros = new ArrayList<>();
            for (Future<Long> timing : timings) {
                micros.add(timing.get());
            }
            return new Timing(micros, (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.shutdown();
        }
    }

    private static long register(Api api) {
        Api.Answer created = api.post("api/v1/persons",
                "{\"category\":\"POW\",\"side\":\"OWN\",\"familyName\":\"Аудитенко\",\"sex\":\"MALE\",\"office\":\"KYIV\"}");
        check(created, 201);
        long id = created.json().getJsonNumber("id").longValue();
        check(api.post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\"}"), 201);
        return id;
    }

    /** Between located and verified and back (the way back with a reason, as the rules ask). */
    private static void transition(Api api, long person, int n) {
        String status = api.get("api/v1/persons/" + person).json().getString("status");
        String to = status.equals("LOCATED") ? "VERIFIED" : "LOCATED";
        check(api.post("api/v1/persons/" + person + "/transitions",
                "{\"to\":\"" + to + "\",\"reason\":\"benchmark " + n + "\"}"), 201);
    }

    private static void edit(Api api, long person, int n) {
        long version = api.get("api/v1/persons/" + person).json().getJsonNumber("version").longValue();
        check(api.put("api/v1/persons/" + person, "{\"category\":\"POW\",\"side\":\"OWN\",\"familyName\":\"Аудитенко\","
                + "\"sex\":\"MALE\",\"office\":\"KYIV\",\"militaryUnit\":\"unit " + n + "\",\"version\":" + version + "}"), 200);
    }

    private static void check(Api.Answer answer, int expected) {
        if (answer.status() != expected) {
            throw new IllegalStateException("expected " + expected + ": " + answer);
        }
    }
}
