package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.homeward.demo.PeopleGenerator;
import org.homeward.matching.Candidate;
import org.homeward.matching.MatchProfile;
import org.homeward.matching.RussianTransliteration;
import org.homeward.matching.Threshold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry scan's matching, a page of people at a time ({@link RegistryMatcher#candidatesOfEach}),
 * answers for every person exactly what the per-person lookup registration uses answers: the same
 * candidates, scores and explanations in the same order. On a generated registry of a few thousand
 * people (the demo generator's) with some of them registered twice, as other lists write them.
 */
class CandidatesOfEachTest {

    private static final String URL = "jdbc:h2:mem:candidates-of-each;DB_CLOSE_DELAY=-1";

    @Test
    void aPageAtATimeFindsWhatEachPersonsOwnLookupFinds() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, "sa", "sa")) {
            List<Long> ids = ids(db);
            ids.add(-1L); // nobody: left out of the answer, as the lookup of a missing person answers NotFound
            Map<Long, List<Candidate>> each = new LinkedHashMap<>();
            for (int from = 0; from < ids.size(); from += 700) {
                each.putAll(RegistryMatcher.candidatesOfEach(db, ids.subList(from, Math.min(ids.size(), from + 700)), 20));
            }
            ids.remove(Long.valueOf(-1L));
            assertEquals(ids, List.copyOf(each.keySet()), "every person existing answered, in the order asked");
            int likely = 0;
            for (long id : ids) {
                List<Candidate> own = RegistryMatcher.candidatesOf(db, id, 20);
                assertEquals(own, each.get(id), "person " + id);
                likely += (int) own.stream().filter(candidate -> candidate.score() >= Threshold.LIKELY).count();
            }
            assertTrue(likely > 300, "the set has likely duplicates to find: " + likely);
        }
    }

    /**
     * A list's preview matches a batch of described people at once ({@link RegistryMatcher#candidatesOfAll}):
     * for each the same as its own lookup ({@code best}, as {@code candidates(description)} answers), the
     * registered people themselves among the candidates, since a description is nobody yet.
     */
    @Test
    void aBatchOfDescriptionsFindsWhatEachDescriptionsOwnLookupFinds() throws Exception {
        try (Connection db = DriverManager.getConnection(URL, "sa", "sa")) {
            List<Long> ids = ids(db);
            List<MatchProfile> described = MatchRows.read(db, ids.subList(0, 1200)).stream().map(MatchRows.Row::profile).toList();
            List<List<Candidate>> all = new ArrayList<>();
            for (int from = 0; from < described.size(); from += 500) {
                all.addAll(RegistryMatcher.candidatesOfAll(db, described.subList(from, Math.min(described.size(), from + 500)), 2));
            }
            assertEquals(described.size(), all.size());
            int found = 0;
            int twice = 0;
            for (int i = 0; i < described.size(); i++) {
                List<Candidate> own = RegistryMatcher.best(db, described.get(i), -1, 2);
                assertEquals(own, all.get(i), "description " + i);
                found += !own.isEmpty() && own.get(0).score() >= Threshold.LIKELY ? 1 : 0;
                twice += own.size() > 1 && own.get(1).score() >= Threshold.LIKELY ? 1 : 0;
            }
            assertTrue(found > 1000, "the registered people are found as described: " + found);
            assertTrue(twice > 100, "some are registered twice and both are found: " + twice);
        }
    }

    /**
     * 3,000 generated people, and every fourth again as another list would write them: the same, without
     * patronymic, in Latin letters (BGN/PCGN) or with the year of birth one off.
     */
    @BeforeAll
    static void load() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").load().migrate();
        PeopleGenerator registered = new PeopleGenerator(20261130L);
        PeopleGenerator again = new PeopleGenerator(20261130L);
        Instant at = Instant.parse("2026-06-01T12:00:00Z");
        long number = 0;
        try (Connection db = PersonRows.bulkLoad(URL, "sa", "sa");
             PersonRows rows = new PersonRows(db, PersonRows.offices(db), 10_000_000L)) {
            for (int n = 0; n < 3000; n++) {
                PersonDetails one = registered.next();
                PersonDetails copy = again.next();
                rows.add(PersonRows.person(one, one.getCategory(), 2026, ++number, at), null);
                if (n % 4 == 0) {
                    rewritten(copy, n / 4 % 4);
                    rows.add(PersonRows.person(copy, copy.getCategory(), 2026, ++number, at), null);
                }
            }
            rows.flush();
            db.commit();
        }
    }

    private static void rewritten(PersonDetails copy, int how) {
        PersonName names = copy.getNames();
        switch (how) {
            case 1 -> names.setPatronymic(null);
            case 2 -> {
                names.setFamilyName(RussianTransliteration.latin(names.getFamilyName()));
                names.setGivenName(RussianTransliteration.latin(names.getGivenName()));
                names.setPatronymic(null);
            }
            case 3 -> {
                if (copy.getBirth().getDateOfBirth() != null) {
                    copy.getBirth().setDateOfBirth(copy.getBirth().getDateOfBirth().plusYears(1));
                }
            }
            default -> { }
        }
    }

    private static List<Long> ids(Connection db) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id from person order by id");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }
}
