package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.homeward.matching.BlockingKeys;
import org.homeward.person.MatchRows;

/**
 * The matcher's key table, and its keys for everyone registered before it: the keys come from
 * transliteration, the given-name table and Double Metaphone, which SQL cannot compute, so this
 * migration is Java. It reads the registry a thousand people at a time in id order, which keeps its
 * memory flat at a million.
 */
public class V19__person_match_keys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            // The primary key leads with the key: the lookup is "who has any of these keys".
            ddl.execute("create table person_match_key ("
                    + " person_id bigint not null,"
                    + " match_key varchar(" + BlockingKeys.MAX_LENGTH + ") not null,"
                    + " constraint pk_person_match_key primary key (match_key, person_id),"
                    + " constraint fk_person_match_key_person foreign key (person_id) references person (id) on delete cascade)");
            // Rewriting one person's keys deletes by person.
            ddl.execute("create index ix_person_match_key_person on person_match_key (person_id)");
        }
        long after = -1;
        while (true) {
            List<Long> ids = new ArrayList<>(BATCH);
            try (PreparedStatement next = connection.prepareStatement(
                    "select id from person where id > ? order by id limit " + BATCH)) {
                next.setLong(1, after);
                try (ResultSet result = next.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into person_match_key (person_id, match_key) values (?, ?)")) {
                for (MatchRows.Row row : MatchRows.read(connection, ids)) {
                    for (String key : BlockingKeys.stored(row.profile())) {
                        insert.setLong(1, row.id());
                        insert.setString(2, key);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
