package org.homeward.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PostgreSQL the fault tests' nodes share (src/test/cluster/faults.sh: port 5433, its own database),
 * read straight: what is written after a fault, whatever a node would show.
 */
final class FaultDatabase {

    static final String URL = "jdbc:postgresql://127.0.0.1:" + System.getProperty("cluster.pgport", "5433") + "/"
            + System.getProperty("cluster.db", "homeward_cluster_faults");
    static final String USER = "postgres";
    static final String PASSWORD = "x";

    private FaultDatabase() {
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
