package org.homeward.platform;

import jakarta.persistence.EntityManager;
import java.util.Locale;

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
     * above a range that would serve better, where PostgreSQL's costs choose well without one.
     */
    public String indexHint(String index) {
        return this == H2 ? " use index (" + index + ")" : "";
    }
}
