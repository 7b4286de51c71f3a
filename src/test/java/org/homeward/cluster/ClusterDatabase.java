package org.homeward.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PostgreSQL the nodes share, read straight: what is written, whatever a node would show. Its port and
 * database are those the scripts gave the nodes (PGPORT and CLUSTER_DB: run.sh 5432 and homeward_cluster,
 * faults.sh its own server on 5433 and homeward_cluster_faults).
 */
final class ClusterDatabase {

    static final String URL = "jdbc:postgresql://" + setting("PGHOST", "127.0.0.1") + ":" + setting("PGPORT", "5433") + "/"
            + setting("CLUSTER_DB", "homeward_cluster_faults");
    static final String USER = "postgres";
    static final String PASSWORD = "x";

    private ClusterDatabase() {
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /** The first column of the first row, as text (null when there is no row). */
    static String text(String sql, Object... parameters) throws SQLException {
        try (Connection db = open(); PreparedStatement query = prepared(db, sql, parameters);
             ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    static long number(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    /** A count per value of the first column (the second column the count). */
    static Map<String, Long> counts(String sql, Object... parameters) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = open(); PreparedStatement query = prepared(db, sql, parameters);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement query = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setObject(i + 1, parameters[i]);
        }
        return query;
    }
}
