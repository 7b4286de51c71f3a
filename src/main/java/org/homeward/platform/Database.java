package org.homeward.platform;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The databases Homeward runs on. They differ in index hints, date arithmetic and data-change syntax only. */
public enum Database {
    H2, POSTGRESQL;

    /** Which one a product name (JDBC metadata) names. */
    public static Database of(String databaseProductName) {
        return databaseProductName != null && databaseProductName.toLowerCase(Locale.ROOT).contains("h2") ? H2 : POSTGRESQL;
    }

    /** Which one the entity manager talks to. */
    public static Database of(EntityManager em) {
        String product = em.unwrap(org.hibernate.Session.class).doReturningWork(
                connection -> connection.getMetaData().getDatabaseProductName());
        return of(product);
    }

    /**
     * The hint after a table name that makes H2 read that index: its planner weighs a leading equality
     * above a range that would serve better, where PostgreSQL's costs choose well without one. With no
     * name, H2 reads the table itself, in primary-key order.
     */
    public String indexHint(String index) {
        return this == H2 ? " use index (" + index + ")" : "";
    }

    /**
     * An insert of one row (its values as the parameters 1, 2, … in the order of {@code columns}) that
     * does nothing when a row with the same {@code key} is there already, also one another transaction
     * is inserting at the same moment: neither writer fails on the key.
     */
    public String insertUnlessPresent(String table, String key, List<String> columns) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        if (this == POSTGRESQL) {
            return "insert into " + table + " (" + names + ") values (" + values + ") on conflict (" + key + ") do nothing";
        }
        return "merge into " + table + " t using (values (" + values + ")) s (" + names + ") on t." + key + " = s." + key
                + " when not matched then insert (" + names + ") values ("
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }
}
