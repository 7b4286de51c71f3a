package org.homeward.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.matching.Description;
import org.homeward.matching.MatchProfile;

/**
 * Reads people from the registry's tables as the matcher compares them, a batch of ids at a time, in
 * plain JDBC: the candidates of one lookup and the key table's backfill (V19) read through here, and
 * neither wants whole entities with their audit and collections.
 */
public final class MatchRows {

    private static final String COLUMNS = "select id, family_name, given_name, patronymic, sex, side, birth_date, "
            + "birth_date_precision, estimated_age, service_number, registered_at from person where id in ";

    private MatchRows() {
    }

    /** One person as read: id, description, and the profile compared (ages counted from the registration day). */
    public record Row(long id, Description description, MatchProfile profile) {
    }

    /** The people with these ids that exist, in the order of the ids. */
    public static List<Row> read(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, List<String>> aliases = strings(connection,
                "select person_id, alias from person_alias where person_id in " + in, ids);
        Map<Long, List<String>> documents = strings(connection,
                "select person_id, document_number from identity_document where person_id in " + in, ids);
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + in)) {
            bind(statement, ids);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    PersonName names = new PersonName();
                    names.setFamilyName(result.getString(2));
                    names.setGivenName(result.getString(3));
                    names.setPatronymic(result.getString(4));
                    Origin origin = new Origin();
                    origin.setSex(Sex.valueOf(result.getString(5)));
                    DateOfBirth birth = new DateOfBirth();
                    birth.setDateOfBirth(result.getObject(7, LocalDate.class));
                    String precision = result.getString(8);
                    birth.setDateOfBirthPrecision(precision == null ? null : DatePrecision.valueOf(precision));
                    birth.setEstimatedAge((Integer) result.getObject(9));
                    MilitaryService military = new MilitaryService();
                    military.setServiceNumber(result.getString(10));
                    Timestamp registered = result.getTimestamp(11);
                    Description description = MatchSubject.of(names, birth, origin, military,
                            Side.valueOf(result.getString(6)), aliases.getOrDefault(id, List.of()),
                            documents.getOrDefault(id, List.of()));
                    rows.put(id, new Row(id, description,
                            MatchProfile.of(description, MatchSubject.estimatedOn(registered.toInstant()))));
                }
            }
        }
        List<Row> ordered = new ArrayList<>(rows.size());
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private static Map<Long, List<String>> strings(Connection connection, String sql, List<Long> ids)
            throws SQLException {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, ids);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(result.getString(2));
                }
            }
        }
        return values;
    }

    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
