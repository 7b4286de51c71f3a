package org.homeward.person;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.access.RecordScope.SqlCondition;
import org.homeward.platform.Database;

/**
 * The SQL of a one-word name search, newest first, read off the search keys alone (V18, issue 13). Each
 * key carries the registration time, office, restricted flag and assignee of its person, and the index
 * {@code (term, registered_at desc, person_id desc, office_id, restricted, assigned_to_id)} gives one
 * term's matches in list order with the scope columns beside them. So:
 * <ul>
 * <li>a page reads, per term the word covers and per scope part, the first {@code offset + size} entries
 * in order and merges them (a person found under two terms counted once), instead of counting tens of
 * thousands of keys and walking the newest people;</li>
 * <li>the total reads at most {@code COUNT_CAP + 1} entries per term and part off the same index: exact
 * up to the cap, "more than" above it, as before.</li>
 * </ul>
 * A word is a prefix and may cover many terms ("o" covers thousands): {@link #nextTerm} finds them one
 * index probe at a time, and above {@link #MAX_TERMS} the caller keeps to {@link RegistryQuery}'s
 * general plan. Searches with filters the keys do not carry (category, status, ...) go there as well.
 */
final class TermQuery {

    /** The most terms one word's page is merged from; a shorter prefix takes the general plan. */
    static final int MAX_TERMS = 8;

    private static final String INDEX = "ix_person_search_term_newest";

    private final Database dialect;
    private final List<SqlCondition> parts;
    private final List<SqlCondition> filters;
    private final String word;

    /**
     * @param scopeParts the caller's record scope as disjoint parts on {@code t.*} columns of the keys
     * @param filters    equality filters on {@code t.office_id}, {@code t.assigned_to_id}, {@code t.restricted}
     * @param word       the one search word, a prefix of the terms looked for
     */
    TermQuery(Database dialect, List<SqlCondition> scopeParts, List<SqlCondition> filters, String word) {
        this.dialect = dialect;
        this.parts = scopeParts;
        this.filters = filters;
        this.word = word;
    }

    /** The first term the word covers after {@code after} ("" for the first), one row or none. */
    RegistryQuery.Sql nextTerm(String after) {
        List<Object> parameters = new ArrayList<>(RegistryQuery.termMatch(word));
        parameters.add(after);
        // No hint: both key indexes lead with the term, and H2 names the primary key's index its own way.
        return new RegistryQuery.Sql("select t.term from person_search_term t where " + RegistryQuery.TERM_MATCH + " and t.term > ? order by t.term fetch first 1 rows only", parameters);
    }

    /** The person ids of one page, newest first, over the given terms (at least one). */
    RegistryQuery.Sql page(List<String> terms, long offset, int size) {
        List<Object> parameters = new ArrayList<>();
        List<String> branches = branches(terms, "t.registered_at, t.person_id", offset + size, parameters);
        String window = " offset " + offset + " rows fetch next " + size + " rows only";
        if (branches.size() == 1) {
            return new RegistryQuery.Sql("select s.person_id from (" + branches.get(0) + ") s order by s.registered_at desc, "
                    + "s.person_id desc" + window, parameters);
        }
        // A person found under two terms of the word comes once: both of its entries carry the same time.
        return new RegistryQuery.Sql("select s.person_id from " + union(branches) + " s group by s.registered_at, s.person_id"
                + " order by s.registered_at desc, s.person_id desc" + window, parameters);
    }

    /**
     * How many people match, at most about {@code COUNT_CAP + 1} entries read per term and part. Each term
     * lists a person once and the parts are disjoint, so a branch that stops at the cap means more than the
     * cap, and otherwise every branch is whole and the distinct count is exact.
     */
    RegistryQuery.Sql count(List<String> terms) {
        List<Object> parameters = new ArrayList<>();
        List<String> branches = branches(terms, "t.person_id", RegistryQuery.COUNT_CAP + 1, parameters);
        String counted = terms.size() == 1 ? "count(*)" : "count(distinct c.person_id)";
        return new RegistryQuery.Sql("select " + counted + " from " + union(branches) + " c", parameters);
    }

    /** Whether the caller's scope sees no record at all (no branch to read). */
    boolean seesNothing() {
        return parts.isEmpty();
    }

    private List<String> branches(List<String> terms, String columns, long limit, List<Object> parameters) {
        List<String> branches = new ArrayList<>();
        for (String term : terms) {
            for (SqlCondition part : parts) {
                List<String> conditions = new ArrayList<>(List.of("t.term = ?"));
                parameters.add(term);
                if (part.sql() != null) {
                    conditions.add("(" + part.sql() + ")");
                    parameters.addAll(part.parameters());
                }
                for (SqlCondition filter : filters) {
                    conditions.add(filter.sql());
                    parameters.addAll(filter.parameters());
                }
                // The ORDER BY starts with the term, fixed by equality: H2 reads an index in order only when
                // the ORDER BY starts with its leading columns; PostgreSQL drops it as constant.
                branches.add("select " + columns + " from person_search_term t" + dialect.indexHint(INDEX) + " where "
                        + String.join(" and ", conditions) + " order by t.term, t.registered_at desc, t.person_id desc"
                        + " fetch first " + limit + " rows only");
            }
        }
        return branches;
    }

    private static String union(List<String> branches) {
        return branches.stream().map(branch -> "(" + branch + ")").collect(Collectors.joining(" union all ", "(", ")"));
    }
}
