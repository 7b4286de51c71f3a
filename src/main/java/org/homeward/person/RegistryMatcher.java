package org.homeward.person;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
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
import java.util.List;
import java.util.Set;
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

    @Resource(lookup = "java:jboss/datasources/HomewardDS")
    DataSource dataSource;

    @Inject
    Clock clock;

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

    /** The best candidates of a profile, leaving out the person {@code leaveOut} (-1: none). */
    static List<Candidate> best(Connection connection, MatchProfile who, long leaveOut, int limit)
            throws SQLException {
        List<Long> ids = blocked(connection, BlockingKeys.probes(who));
        ids.remove(Long.valueOf(leaveOut));
        List<Candidate> candidates = new ArrayList<>();
        for (MatchRows.Row row : MatchRows.read(connection, ids)) {
            Candidate candidate = Comparison.of(row.id(), who, row.profile());
            if (candidate.score() >= Threshold.POSSIBLE) {
                candidates.add(candidate);
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingLong(Candidate::personId));
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : candidates;
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
