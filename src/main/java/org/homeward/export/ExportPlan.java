package org.homeward.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.access.RecordScope;
import org.homeward.person.Category;
import org.homeward.platform.Database;

/**
 * An export as it will run: the profile, the cases it reads (an SQL condition over {@code person p} and
 * {@code office o} with its parameters, built from the filters, the agreement and the caller's scope),
 * the file's options, and what the access log will say. Made by the service, which checked every
 * rule; run by {@link ExportRunner} on any thread.
 */
record ExportPlan(ExportProfile profile, String where, List<Object> parameters, ExportFilters filters,
                  byte[] pseudonymKey, boolean hxl, boolean bom, String username, String logDetail) {

    private static final String JOINS = " join office o on o.id = p.office_id"
            + " left join app_user u on u.id = p.assigned_to_id";

    static final String FROM = " from person p" + JOINS;

    /** Rows of a person-level export, in case-id order so that a cursor can stream them (PostgreSQL). */
    String personSql() {
        return "select " + columns() + FROM + where + " order by p.id";
    }

    /**
     * One page of the same rows on H2: those after the case id given as the last parameter, with the case
     * id as an extra last column to take the next page from. Short statements, because H2 2.2 can lose
     * the pages of a long lazy read while the server writes meanwhile ("Chunk … not found", H2 issue
     * #4012). Read off the primary key, named ({@code primaryKey}) because H2 gives it a name of its own
     * and ignores the id range when told only to leave the other indexes alone: given an index on a
     * filtered column (the agreement's categories, say) H2 would read that one and sort every row after
     * the id for each page; with no index named it reads the table from the start for each page.
     */
    String personPageSql(int rows, String primaryKey) {
        return "select " + columns() + ", p.id from person p" + Database.H2.indexHint(primaryKey) + JOINS
                + (where.isEmpty() ? " where" : where + " and") + " p.id > ? order by p.id limit " + rows;
    }

    private String columns() {
        return PersonColumns.of(profile).stream().map(PersonColumns.Column::sql).collect(Collectors.joining(", "));
    }

    String countSql() {
        return "select count(*)" + FROM + where;
    }

    /** The counts of an aggregate export by the raw values of its two dimensions. */
    String aggregateSql() {
        return "select x.a, x.b, count(*) from (select " + filters.rows().sql() + " as a, " + filters.columns().sql()
                + " as b" + FROM + where + ") x group by x.a, x.b";
    }

    /** Builds the condition of an export, one part at a time. */
    static final class Where {
        private final List<String> parts = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        Where filters(ExportFilters filters) {
            if (!filters.categories().isEmpty()) {
                categories(filters.categories());
            }
            if (filters.side() != null) {
                add("p.side = ?", filters.side().name());
            }
            if (filters.status() != null) {
                add("p.status = ?", filters.status().name());
            }
            if (filters.oblast() != null) {
                add("p.oblast = ?", filters.oblast());
            }
            if (filters.from() != null) {
                add("p.registered_at >= ?", startOf(filters.from()));
            }
            if (filters.to() != null) {
                add("p.registered_at < ?", startOf(filters.to().plusDays(1)));
            }
            return this;
        }

        Where categories(Set<Category> categories) {
            if (categories.isEmpty()) {
                parts.add("1 = 0");
                return this;
            }
            parts.add("p.category in (" + categories.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
            categories.stream().sorted().forEach(c -> parameters.add(c.name()));
            return this;
        }

        Where offices(List<String> codes) {
            if (!codes.isEmpty()) {
                parts.add("o.code in (" + codes.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
                parameters.addAll(codes);
            }
            return this;
        }

        /** Only what a partner may see person by person: consent to share or a legal basis, never restricted. */
        Where shareable() {
            parts.add("p.restricted = false and (p.consent_sharing = true"
                    + " or (p.legal_basis is not null and p.legal_basis <> ''))");
            return this;
        }

        /** The caller's record scope, as the case list reads it. */
        Where scope(RecordScope scope, Long officeId, Long userId) {
            List<RecordScope.SqlCondition> conditions = scope.sqlParts("p.office_id", officeId, "p.assigned_to_id", userId,
                    "p.restricted");
            if (conditions.isEmpty()) {
                parts.add("1 = 0");
                return this;
            }
            if (conditions.stream().anyMatch(c -> c.sql() == null)) {
                return this;
            }
            parts.add("(" + conditions.stream().map(c -> "(" + c.sql() + ")").collect(Collectors.joining(" or ")) + ")");
            conditions.forEach(c -> parameters.addAll(c.parameters()));
            return this;
        }

        private void add(String sql, Object parameter) {
            parts.add(sql);
            parameters.add(parameter);
        }

        String sql() {
            return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        }

        List<Object> parameters() {
            return List.copyOf(parameters);
        }

        private static java.time.OffsetDateTime startOf(LocalDate day) {
            return day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
    }
}
