package org.homeward.person;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.matching.Candidate;
import org.homeward.matching.Description;
import org.homeward.matching.MatchProfile;
import org.homeward.matching.RussianTransliteration;
import org.homeward.matching.Threshold;

/**
 * The matcher benchmark (issue 14, speed): one person's candidates and scores, straight on the
 * database the way {@link RegistryMatcher} does it (the blocking keys, the candidates' rows, the
 * comparisons), without the server around it. For a sample of registered people it times
 * {@code candidatesOf} (what the duplicate scan does per person) and a lookup of the same person as the
 * other side's list writes them in Latin letters (what POST /api/v1/matches does), and reports the
 * median, the 95th percentile, the candidates compared and what a scan of every person would take on
 * one thread. Load a registry first with {@code RegistryBenchmark load}; see docs/benchmarks.md.
 */
public final class MatchBenchmark {

    private MatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            RegistryBenchmark.load(Integer.parseInt(System.getProperty("count", "100000")), Long.getLong("seed", 20261125L));
            return;
        }
        if (args.length > 0 && args[0].equals("scan")) {
            scan();
            return;
        }
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:h2:file:./target/benchmark/h2/homeward");
        int samples = Integer.getInteger("samples", 500);
        try (Connection db = DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "sa"),
                System.getenv().getOrDefault("DB_PASSWORD", "sa"))) {
            long people = single(db, "select count(*) from person");
            long keys = single(db, "select count(*) from person_match_key");
            List<Long> ids = sample(db, samples, new Random(20261129L));
            // Warm-up: the first lookups load classes and fill caches.
            for (long id : ids.subList(0, Math.min(50, ids.size()))) {
                RegistryMatcher.candidatesOf(db, id, MatchService.LIMIT);
            }
            List<Long> byId = new ArrayList<>();
            List<Long> byList = new ArrayList<>();
            long candidates = 0;
            for (long id : ids) {
                long started = System.nanoTime();
                candidates += RegistryMatcher.candidatesOf(db, id, Integer.MAX_VALUE).size();
                byId.add(System.nanoTime() - started);
                Description written = otherSidesList(MatchRows.read(db, List.of(id)).get(0));
                started = System.nanoTime();
                List<Candidate> found = RegistryMatcher.best(db, MatchProfile.of(written, LocalDate.now()), -1,
                        MatchService.LIMIT);
                byList.add(System.nanoTime() - started);
                if (found.stream().noneMatch(candidate -> candidate.personId() == id)) {
                    System.out.println("not found as the other side's list writes them: person " + id);
                }
            }
            double meanMillis = byId.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            System.out.printf("registry: %,d people, %,d match keys; %d people sampled%n", people, keys, ids.size());
            report("candidatesOf(person)", byId);
            report("candidates(other side's list, Latin)", byList);
            System.out.printf("possible matches (score >= POSSIBLE) per person: %.2f%n", candidates / (double) ids.size());
            System.out.printf("a scan of all %,d people, one thread: %.1f minutes (mean %.2f ms per person)%n",
                    people, people * meanMillis / 60_000, meanMillis);
        }
    }

    /**
     * The matching of a scan of the whole registry as the duplicates queue's job does it: every person in
     * id order, a page of {@code -Dpage} (default 1,000, the job's) at a time through
     * {@link RegistryMatcher#candidatesOfEach}, each person's best 20 candidates, those scoring
     * {@link Threshold#LIKELY} or more counted once per pair. A page is split in {@code -Dthreads} slices
     * (default: one per processor, as the server does) matched at once on connections of their own.
     * Nothing is written: the time is the matching's, without the queue's inserts (one per new pair,
     * JDBC-batched by the server).
     */
    private static void scan() throws Exception {
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:h2:file:./target/benchmark/h2/homeward");
        int page = Integer.getInteger("page", 1000);
        int threads = Integer.getInteger("threads", RegistryMatcher.SLICES);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            connections.add(DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "sa"),
                    System.getenv().getOrDefault("DB_PASSWORD", "sa")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Connection db = connections.get(0);
            long people = single(db, "select count(*) from person");
            long started = System.nanoTime();
            Set<List<Long>> pairs = new HashSet<>();
            long read = 0;
            long last = -1;
            long compared = 0;
            while (true) {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement select = db.prepareStatement("select id from person where id > ? order by id")) {
                    select.setLong(1, last);
                    select.setMaxRows(page);
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            ids.add(result.getLong(1));
                        }
                    }
                }
                if (ids.isEmpty()) {
                    break;
                }
                last = ids.get(ids.size() - 1);
                List<Future<Map<Long, List<Candidate>>>> slices = new ArrayList<>();
                int size = (ids.size() + threads - 1) / threads;
                for (int i = 0; i < threads && i * size < ids.size(); i++) {
                    Connection own = connections.get(i);
                    List<Long> slice = ids.subList(i * size, Math.min(ids.size(), (i + 1) * size));
                    slices.add(pool.submit(() -> RegistryMatcher.candidatesOfEach(own, slice, 20)));
                }
                Map<Long, List<Candidate>> found = new LinkedHashMap<>();
                for (Future<Map<Long, List<Candidate>>> slice : slices) {
                    found.putAll(slice.get());
                }
                for (Map.Entry<Long, List<Candidate>> one : found.entrySet()) {
                    for (Candidate candidate : one.getValue()) {
                        compared++;
                        if (candidate.score() >= Threshold.LIKELY) {
                            pairs.add(List.of(Math.min(one.getKey(), candidate.personId()),
                                    Math.max(one.getKey(), candidate.personId())));
                        }
                    }
                }
                read += ids.size();
                if (read % 100_000 < page) {
                    System.out.printf("%,d people scanned, %,d likely pairs (%.1f min)%n", read, pairs.size(),
                            (System.nanoTime() - started) / 6e10);
                }
            }
            double minutes = (System.nanoTime() - started) / 6e10;
            System.out.printf("scan of %,d people (pages of %,d, %d threads): %.1f minutes (%.2f ms per person); "
                    + "%,d likely pairs (score >= %d), %,d possible candidates listed%n", people, page, threads, minutes,
                    minutes * 60_000 / Math.max(1, read), pairs.size(), Threshold.LIKELY, compared);
        } finally {
            pool.shutdown();
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /**
     * The person as a Russian-language list in Latin letters has them: BGN/PCGN, no patronymic; an age
     * estimated at registration as the year of birth it stood for.
     */
    private static Description otherSidesList(MatchRows.Row registered) {
        Description who = registered.description();
        boolean estimated = "ESTIMATED".equals(who.birthPrecision());
        LocalDate born = estimated ? LocalDate.of(registered.profile().lastYear() - 1, 1, 1) : who.birthDate();
        return new Description(RussianTransliteration.latin(who.familyName()),
                RussianTransliteration.latin(who.givenName()), null, List.of(), born,
                estimated ? "YEAR" : who.birthPrecision(), null, who.sex(), who.side(), List.of(), null);
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    /** Distinct people drawn at random from the whole registry, whatever gaps its ids have. */
    private static List<Long> sample(Connection db, int count, Random random) throws SQLException {
        List<Long> all = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id from person");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                all.add(result.getLong(1));
            }
        }
        Collections.shuffle(all, random);
        return new ArrayList<>(all.subList(0, Math.min(count, all.size())));
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
