package org.homeward.person;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.homeward.matching.BlockingKeys;
import org.homeward.matching.Candidate;
import org.homeward.matching.Comparison;
import org.homeward.matching.Description;
import org.homeward.matching.MatchProfile;
import org.homeward.matching.Matcher;
import org.homeward.matching.Threshold;
import org.homeward.platform.NotFound;

/**
 * The registry's matcher: the people who share a blocking key with the one described (the
 * {@code person_match_key} index, never the person table as a whole), each compared field by field.
 *
 * <p>Open to every caller, and to background jobs that run without one: it answers for the whole
 * registry, so each caller that shows its answer to a user limits it to that user's record scope
 * ({@link MatchService} for the pages and the API).
 */
@Stateless
@PermitAll
public class RegistryMatcher implements Matcher {

    /**
     * At most this many people are compared per lookup. The keys are narrow enough that a real
     * registry rarely comes near it; a description of a very common name without a birth date may,
     * and then the ones compared are those of the lowest ids, which is acceptable for a list a person
     * reads anyway.
     */
    static final int CANDIDATE_CAP = 2000;

    /** Slices of {@link #candidatesOfEach(List, int)} matched at once: one per processor. */
    static final int SLICES = Runtime.getRuntime().availableProcessors();

    /** Fewer people than this are not worth a thread of their own. */
    static final int MIN_SLICE = 100;

    /** Values bound in one {@code in (...)} list: far below every database's limit on parameters. */
    static final int IN_LIST = 1000;

    @Resource(lookup = "java:jboss/datasources/HomewardDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Override
    @PermitAll
    public List<Candidate> candidates(Description who, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return best(connection, MatchProfile.of(who, LocalDate.now(clock)), -1, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("matching failed", e);
        }
    }

    @Override
    @PermitAll
    public List<List<Candidate>> candidatesOfAll(List<Description> who, int limit) {
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            return candidatesOfAll(connection, who.stream().map(one -> MatchProfile.of(one, today)).toList(), limit);
        } catch (SQLException e) {
            throw new IllegalStateException("matching failed", e);
        }
    }

    @Override
    @PermitAll
    public List<Candidate> candidatesOf(long personId, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return candidatesOf(connection, personId, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("matching failed", e);
        }
    }

    /** {@link #candidatesOf(long, int)} on a connection of one's own (the benchmark's). */
    static List<Candidate> candidatesOf(Connection connection, long personId, int limit) throws SQLException {
        List<MatchRows.Row> self = MatchRows.read(connection, List.of(personId));
        if (self.isEmpty()) {
            throw new NotFound("person", personId);
        }
        return best(connection, self.get(0).profile(), personId, limit);
    }

    /**
     * {@inheritDoc} The people are split in slices matched at once, one per processor, each on a
     * connection of its own: most of a slice's time is waiting for the database, which can answer
     * several at a time. The caller's thread does the first slice, so a busy executor only slows it down.
     */
    @Override
    @PermitAll
    public Map<Long, List<Candidate>> candidatesOfEach(List<Long> personIds, int limit) {
        int slices = Math.max(1, Math.min(SLICES, personIds.size() / MIN_SLICE));
        int size = (personIds.size() + slices - 1) / slices;
        List<Future<Map<Long, List<Candidate>>>> others = new ArrayList<>();
        for (int from = size; from < personIds.size(); from += size) {
            List<Long> slice = List.copyOf(personIds.subList(from, Math.min(personIds.size(), from + size)));
            others.add(executor.submit(() -> candidatesOfEachOnOwnConnection(slice, limit)));
        }
        Map<Long, List<Candidate>> answers = new LinkedHashMap<>(
                candidatesOfEachOnOwnConnection(personIds.subList(0, Math.min(personIds.size(), size)), limit));
        try {
            for (Future<Map<Long, List<Candidate>>> other : others) {
                answers.putAll(other.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("matching interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("matching failed", e.getCause());
        }
        return answers;
    }

    private Map<Long, List<Candidate>> candidatesOfEachOnOwnConnection(List<Long> personIds, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return candidatesOfEach(connection, personIds, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("matching failed", e);
        }
    }

    /**
     * {@link #candidatesOf(Connection, long, int)} for many people at once, with the same answer for each,
     * in a handful of statements instead of a few per person: the people's rows, the keys all their
     * probes hit in one read, and the rows of all their candidates in one more, each person's row read
     * once however many of the others it is a candidate of. This is what makes a scan of the whole
     * registry affordable (docs/benchmarks.md, "Matching"). People that do not exist are left out.
     */
    static Map<Long, List<Candidate>> candidatesOfEach(Connection connection, List<Long> personIds, int limit)
            throws SQLException {
        Map<Long, MatchProfile> profiles = new HashMap<>();
        readProfiles(connection, personIds, profiles);
        Map<Long, MatchProfile> who = new LinkedHashMap<>();
        for (Long id : personIds) {
            if (profiles.containsKey(id)) {
                who.put(id, profiles.get(id));
            }
        }
        return together(connection, who, profiles, limit);
    }

    /**
     * {@link #candidates(Description, int)} of each of many descriptions (a batch of a list's rows), found
     * together as {@link #candidatesOfEach(Connection, List, int)} finds a page of people's; in their order.
     */
    static List<List<Candidate>> candidatesOfAll(Connection connection, List<MatchProfile> described, int limit)
            throws SQLException {
        // Keyed by negative numbers, which no person's id is: nothing found is left out as "the person itself".
        Map<Long, MatchProfile> who = new LinkedHashMap<>();
        for (int i = 0; i < described.size(); i++) {
            who.put(-1L - i, described.get(i));
        }
        Map<Long, List<Candidate>> found = together(connection, who, new HashMap<>(who), limit);
        List<List<Candidate>> answers = new ArrayList<>(described.size());
        for (int i = 0; i < described.size(); i++) {
            answers.add(found.get(-1L - i));
        }
        return answers;
    }

    /**
     * The candidates of each of {@code who} (by their key), each key left out of its own: the keys all their
     * probes hit in one read, the rows of all their candidates in one more. {@code profiles} holds the rows
     * read so far (those of {@code who} among them) and gains the candidates'.
     */
    private static Map<Long, List<Candidate>> together(Connection connection, Map<Long, MatchProfile> who,
            Map<Long, MatchProfile> profiles, int limit) throws SQLException {
        Map<Long, Set<String>> probes = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        who.forEach((id, profile) -> {
            Set<String> own = BlockingKeys.probes(profile);
            probes.put(id, own);
            keys.addAll(own);
        });
        Map<String, List<Long>> blocks = blocks(connection, keys);
        Map<Long, List<Long>> blockedOf = new LinkedHashMap<>();
        Set<Long> wanted = new LinkedHashSet<>();
        for (Map.Entry<Long, Set<String>> person : probes.entrySet()) {
            List<Long> ids = capped(person.getValue(), blocks);
            ids.remove(person.getKey());
            blockedOf.put(person.getKey(), ids);
            ids.forEach(id -> {
                if (!profiles.containsKey(id)) {
                    wanted.add(id);
                }
            });
        }
        readProfiles(connection, List.copyOf(wanted), profiles);
        Map<Long, List<Candidate>> answers = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Long>> person : blockedOf.entrySet()) {
            MatchProfile subject = profiles.get(person.getKey());
            List<MatchProfile> others = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Long id : person.getValue()) {
                MatchProfile other = profiles.get(id);
                if (other != null) {
                    ids.add(id);
                    others.add(other);
                }
            }
            answers.put(person.getKey(), scored(subject, ids, others, limit));
        }
        return answers;
    }

    /** The best candidates of a profile, leaving out the person {@code leaveOut} (-1: none). */
    static List<Candidate> best(Connection connection, MatchProfile who, long leaveOut, int limit)
            throws SQLException {
        List<Long> ids = blocked(connection, BlockingKeys.probes(who));
        ids.remove(Long.valueOf(leaveOut));
        List<Long> found = new ArrayList<>();
        List<MatchProfile> others = new ArrayList<>();
        for (MatchRows.Row row : MatchRows.read(connection, ids)) {
            found.add(row.id());
            others.add(row.profile());
        }
        return scored(who, found, others, limit);
    }

    /** The people compared with the one described, those scoring {@link Threshold#POSSIBLE} or more, best first. */
    private static List<Candidate> scored(MatchProfile who, List<Long> ids, List<MatchProfile> others, int limit) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Candidate candidate = Comparison.of(ids.get(i), who, others.get(i));
            if (candidate.score() >= Threshold.POSSIBLE) {
                candidates.add(candidate);
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingLong(Candidate::personId));
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : candidates;
    }

    /** The people under any of these keys, as {@link #blocked} answers them: lowest ids first, at most the cap. */
    private static List<Long> capped(Set<String> keys, Map<String, List<Long>> blocks) {
        Set<Long> ids = new TreeSet<>();
        for (String key : keys) {
            ids.addAll(blocks.getOrDefault(key, List.of()));
        }
        List<Long> capped = new ArrayList<>(Math.min(ids.size(), CANDIDATE_CAP));
        for (Long id : ids) {
            if (capped.size() == CANDIDATE_CAP) {
                break;
            }
            capped.add(id);
        }
        return capped;
    }

    /** Who is stored under each of these keys, a list of keys per statement. */
    private static Map<String, List<Long>> blocks(Connection connection, Set<String> keys) throws SQLException {
        Map<String, List<Long>> blocks = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String sql = "select match_key, person_id from person_match_key where match_key in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                MatchRows.bind(statement, chunk);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        blocks.computeIfAbsent(result.getString(1), key -> new ArrayList<>()).add(result.getLong(2));
                    }
                }
            }
        }
        return blocks;
    }

    private static void readProfiles(Connection connection, List<Long> ids, Map<Long, MatchProfile> into)
            throws SQLException {
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            for (MatchRows.Row row : MatchRows.read(connection, ids.subList(from, Math.min(ids.size(), from + IN_LIST)))) {
                into.put(row.id(), row.profile());
            }
        }
    }

    private static List<Long> blocked(Connection connection, Set<String> keys) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (keys.isEmpty()) {
            return ids;
        }
        String sql = "select distinct person_id from person_match_key where match_key in ("
                + String.join(", ", Collections.nCopies(keys.size(), "?")) + ") order by person_id limit " + CANDIDATE_CAP;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            MatchRows.bind(statement, List.copyOf(keys));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        return ids;
    }
}
