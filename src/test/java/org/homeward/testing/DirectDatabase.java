package org.homeward.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The test server's database opened from the test itself, over JDBC, as another program or a careless
 * operator would: to change or delete rows behind the application's back. The URL is the one the build
 * gives the server (DB_URL: H2 in AUTO_SERVER mode, or PostgreSQL in the second CI pass).
 */
public final class DirectDatabase {

    private DirectDatabase() {
    }

    /** Runs one statement in a transaction of its own; returns the number of rows it changed. */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    /** The first column of the first row the query returns, as text; null when there is none. */
    public static String text(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    /** Every row the query returns, each as its columns by lower-case name (timestamps as instants). */
    public static java.util.List<java.util.Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            java.util.List<java.util.Map<String, Object>> all = new java.util.ArrayList<>();
            var meta = rows.getMetaData();
            while (rows.next()) {
                java.util.Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    if (value instanceof java.sql.Timestamp timestamp) {
                        value = timestamp.toInstant();
                    } else if (value instanceof java.time.OffsetDateTime moment) {
                        value = moment.toInstant();
                    } else if (value instanceof java.sql.Date day) {
                        value = day.toLocalDate();
                    }
                    row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value);
                }
                all.add(row);
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = System.getenv("DB_URL");
        if (url == null) {
            throw new IllegalStateException("DB_URL is not set: run the tests through Maven (failsafe sets it)");
        }
        return DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "sa"),
                System.getenv().getOrDefault("DB_PASSWORD", "sa"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
