package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.homeward.matching.BlockingKeys;
import org.junit.jupiter.api.Test;

/**
 * V19 gives the people registered before it the same match keys a save gives them: a registry at
 * version 17 (the one before V19 on main) with people in it, migrated, holds for each exactly the
 * keys {@link BlockingKeys} makes.
 */
class MatchKeysMigrationTest {

    private static final String URL = "jdbc:h2:mem:match-keys-migration;DB_CLOSE_DELAY=-1";

    @Test
    void theBackfillWritesTheKeysASaveWould() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").target("17").load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "sa")) {
            try (Statement statement = db.createStatement()) {
                statement.execute("insert into office (id, code, name, head_office, version) values (1, 'KYIV', 'Kyiv', false, 0)");
            }
            insert(db, 1, "Шевченко", "Олексій", "Петрович", "1998-04-12", "EXACT", null);
            insert(db, 2, "Shevchenko", "Aleksey", null, "1998-01-01", "YEAR", null);
            insert(db, 3, "Бойко", "Тарас", null, null, "ESTIMATED", 40);
            try (Statement statement = db.createStatement()) {
                statement.execute("insert into person_alias (person_id, alias) values (3, 'Тарас Бойченко')");
            }

            Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").load().migrate();

            for (MatchRows.Row row : MatchRows.read(db, List.of(1L, 2L, 3L))) {
                Set<String> expected = new TreeSet<>(BlockingKeys.stored(row.profile()));
                assertFalse(expected.isEmpty());
                assertEquals(expected, stored(db, row.id()), "person " + row.id());
            }
        }
    }

    private static void insert(Connection db, long id, String family, String given, String patronymic, String born,
                               String precision, Integer age) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into person (id, case_number, category, side, status, "
                + "family_name, given_name, patronymic, sex, birth_date, birth_date_precision, estimated_age, "
                + "seriously_wounded, identity_in_doubt, consent_tracing, consent_sharing, office_id, restricted, "
                + "registered_at, updated_at, version) values (?, ?, 'POW', 'OWN', 'REPORTED', ?, ?, ?, 'MALE', ?, ?, ?, "
                + "false, false, false, false, 1, false, timestamp with time zone '2026-11-01 10:00:00+00', "
                + "timestamp with time zone '2026-11-01 10:00:00+00', 0)")) {
            insert.setLong(1, id);
            insert.setString(2, "POW-2026-" + (900000 + id));
            insert.setString(3, family);
            insert.setString(4, given);
            insert.setString(5, patronymic);
            insert.setObject(6, born == null ? null : java.time.LocalDate.parse(born));
            insert.setString(7, precision);
            insert.setObject(8, age);
            insert.executeUpdate();
        }
    }

    private static Set<String> stored(Connection db, long id) throws Exception {
        Set<String> keys = new TreeSet<>();
        try (PreparedStatement select = db.prepareStatement("select match_key from person_match_key where person_id = ?")) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    keys.add(result.getString(1));
                }
            }
        }
        return keys;
    }
}
