package org.homeward.person;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.access.RecordScope.SqlCondition;
import org.homeward.platform.Database;

/**
 * The SQL of a name search read off the search keys alone (V18, issue 13). Each key carries the
 * registration time, office, restricted flag and assignee of its person, and the index
 * {@code (term, registered_at desc, person_id desc, office_id, restricted, assigned_to_id)} gives one
 * term's matches in list order with the scope columns beside them. So:
 * <ul>
 * <li>a page reads, per term the word covers and per scope part, the first {@code offset + size} entries
 * in order and merges them (a person found under two terms counted once), instead of counting tens of
 * thousands of keys and walking the newest people;</li>
 * <li>the total reads at most {@code COUNT_CAP + 1} entries per term and part off the same index: exact
 * up to the cap, "more than" above it, as before.</li>
 * </ul>
 * Several words ("Шевченко Олексій"): the page and the total walk the keys of the rarest word in the same
 * way and keep the people who also have a key of every other word: a page probes the primary key
 * {@code (term, person_id)} per entry and term, a total checks its entries against the other words' keys,
 * read once. The general plan intersected the words' whole key ranges, then read and sorted every person
 * found (up to {@code COUNT_CAP + 1}) for the total and the page at once; now the page stops after its
 * entries, and the total reads keys only. Which word is rarest {@link #rarest} finds off the same index
 * from each word's {@link #SAMPLE} newest keys.
 * <p>
 * A word is a prefix and may cover many terms ("o" covers thousands): {@link #nextTerm} finds them one
 * index probe at a time, and above {@link #MAX_TERMS} the caller keeps to {@link RegistryQuery}'s
 * general plan. Searches with filters the keys do not carry (category, status, ...) go there as well.
 */
final class TermQuery {

    /** The most terms one word's page is merged from; a shorter prefix takes the general plan. */
    static final int MAX_TERMS = 8;

    private static final String INDEX = "ix_person_search_term_newest";

    /**
     * Pages of several words that end within this many matches probe the other words' keys per entry walked;
     * later ones read those keys once (see {@link #probesEach} and {@link #amongAll}).
     */
    static final int PROBED_PAGE_END = 100;

    /** How many of a word's newest keys tell how common it is. */
    static final int SAMPLE = 1_000;

    /**
     * What a search reads: the terms of the word whose keys are walked, and for each other word the terms
     * of which a person must have at least one.
     */
    record Match(List<String> walked, List<List<String>> required) {
    }

    private final Database dialect;
    private final List<SqlCondition> parts;
    private final List<SqlCondition> filters;
    private final List<String> words;

    /**
     * @param scopeParts the caller's record scope as disjoint parts on {@code t.*} columns of the keys
     * @param filters    equality filters on {@code t.office_id}, {@code t.assigned_to_id}, {@code t.restricted}
     * @param words      the search words (at least one), each a prefix of the terms looked for
     */
    TermQuery(Database dialect, List<SqlCondition> scopeParts, List<SqlCondition> filters, List<String> words) {
        this.dialect = dialect;
        this.parts = scopeParts;
        this.filters = filters;
        this.words = words;
    }

    List<String> words() {
        return words;
    }

    /** The first term {@code word} covers after {@code after} ("" for the first), one row or none. */
    RegistryQuery.Sql nextTerm(String word, String after) {
        List<Object> parameters = new ArrayList<>(RegistryQuery.termMatch(word));
        parameters.add(after);
        // No hint: both key indexes lead with the term, and H2 names the primary key's index its own way.
        return new RegistryQuery.Sql("select t.term from person_search_term t where " + RegistryQuery.TERM_MATCH + " and t.term > ? order by t.term fetch first 1 rows only", parameters);
    }

    /**
     * The position (from 0) of the rarest of the words, given the terms each covers (at least one each): the
     * one with the fewest keys in the whole registry, counted up to {@link #SAMPLE}. Of words above that, the
     * one whose {@code SAMPLE}-th newest key is the oldest: its keys are the sparsest among the newest people,
     * which is what a walk in list order reads, and people are registered evenly enough over time for that
     * to rank the words as their whole counts would, at a tenth of the cost of counting to the cap. Not
     * scoped: it only chooses the plan, the caller's scope and filters apply to what is walked.
     */
    RegistryQuery.Sql rarest(List<List<String>> terms) {
        List<Object> parameters = new ArrayList<>();
        List<String> words = new ArrayList<>();
        long read = SAMPLE;
        for (int i = 0; i < terms.size(); i++) {
            List<String> branches = new ArrayList<>();
            for (String term : terms.get(i)) {
                branches.add(branch(term, "t.registered_at", List.of(), read, parameters));
            }
            String newest = branches.size() == 1 ? branches.get(0)
                    : "select s.registered_at from " + union(branches) + " s order by s.registered_at desc fetch first " + read + " rows only";
            words.add("select " + i + " as word, count(*) as keys_read, min(n.registered_at) as horizon from (" + newest + ") n");
        }
        return new RegistryQuery.Sql("select f.word from " + union(words) + " f order by f.keys_read, f.horizon, f.word fetch first 1 rows only",
                parameters);
    }

    /** The person ids of one page, newest first. */
    RegistryQuery.Sql page(Match match, long offset, int size) {
        List<Object> parameters = new ArrayList<>();
        // Probing per entry costs what the walk reads before the page ends, reading the other words' keys once
        // costs the same on every page: the first for the first pages, which are most of what is asked for.
        List<String> branches = branches(match, "t.registered_at, t.person_id", offset + size,
                offset + size <= PROBED_PAGE_END, parameters);
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
     * How many people match, at most about {@code COUNT_CAP + 1} entries kept per term and part (or per term,
     * the parts or-ed, for several words). Each term lists a person once and the parts are disjoint, so a
     * branch that stops at the cap means more than the cap, and otherwise every branch is whole and the
     * distinct count is exact.
     */
    RegistryQuery.Sql count(Match match) {
        List<Object> parameters = new ArrayList<>();
        List<String> branches = branches(match, "t.person_id", RegistryQuery.COUNT_CAP + 1, false, parameters);
        String counted = match.walked().size() == 1 ? "count(*)" : "count(distinct c.person_id)";
        return new RegistryQuery.Sql("select " + counted + " from " + union(branches) + " c", parameters);
    }

    /** Whether the caller's scope sees no record at all (no branch to read). */
    boolean seesNothing() {
        return parts.isEmpty();
    }

    /**
     * One branch per walked term and scope part, each with the check of the other words. Where the other
     * words' keys are read once ({@link #amongAll}), the parts go in one branch instead, or-ed: each branch
     * would read those keys again, and neither the hash nor the total needs the parts apart.
     */
    private List<String> branches(Match match, String columns, long limit, boolean probed, List<Object> parameters) {
        List<SqlCondition> scopes = probed || match.required().isEmpty() || parts.size() < 2 ? parts : List.of(new SqlCondition(
                parts.stream().map(part -> "(" + part.sql() + ")").collect(Collectors.joining(" or ")),
                parts.stream().flatMap(part -> part.parameters().stream()).toList(), List.of()));
        List<String> branches = new ArrayList<>();
        for (String term : match.walked()) {
            for (SqlCondition part : scopes) {
                List<SqlCondition> conditions = new ArrayList<>();
                if (part.sql() != null) {
                    conditions.add(new SqlCondition("(" + part.sql() + ")", part.parameters(), List.of()));
                }
                conditions.addAll(filters);
                match.required().forEach(terms -> conditions.add(probed ? probesEach(terms) : amongAll(terms)));
                branches.add(branch(term, columns, conditions, limit, parameters));
            }
        }
        return branches;
    }

    /**
     * One term's entries in list order that meet the conditions, at most {@code limit}, adding the parameters.
     * The ORDER BY starts with the term, fixed by equality: H2 reads an index in order only when the ORDER BY
     * starts with its leading columns; PostgreSQL drops it as constant.
     */
    private String branch(String term, String columns, List<SqlCondition> conditions, long limit, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("select ").append(columns).append(" from person_search_term t")
                .append(dialect.indexHint(INDEX)).append(" where t.term = ?");
        parameters.add(term);
        for (SqlCondition condition : conditions) {
            sql.append(" and ").append(condition.sql());
            parameters.addAll(condition.parameters());
        }
        return sql.append(" order by t.term, t.registered_at desc, t.person_id desc fetch first ").append(limit)
                .append(" rows only").toString();
    }

    /**
     * For a page: the walked entry's person has a key with one of the terms, each an equality on both columns
     * of the primary key {@code (term, person_id)}, one index probe per entry read on either database (a
     * prefix range or an IN list there would make H2 scan the range for the person). A page reads a few
     * hundred entries, so probing each is cheap; but PostgreSQL would plan to read the other word's whole key
     * range into a hash first (it weighs the walk without its LIMIT), so {@code offset 0} keeps each EXISTS a
     * probe: PostgreSQL neither flattens nor hashes a subquery with an OFFSET, and it changes no answer.
     */
    private static SqlCondition probesEach(List<String> terms) {
        String probes = terms.stream()
                .map(term -> "exists (select 1 from person_search_term o where o.term = ? and o.person_id = t.person_id offset 0)")
                .collect(Collectors.joining(" or ", "(", ")"));
        return new SqlCondition(probes, List.copyOf(terms), List.of());
    }

    /**
     * For a total: the walked entry's person is among those with a key of the terms. A total reads all of the
     * walked word's entries when the words meet fewer than {@code COUNT_CAP} times, and a probe per entry
     * (tens of thousands for two common names) costs several times more than reading the other word's key
     * range once: PostgreSQL hashes it, H2 keeps the subquery's result as a set. {@code offset 0} keeps
     * PostgreSQL from turning it into a join it may run as a probe per entry through the person index
     * (measured at twice the time of the hash for a later page of "Шевченко Олексій" at 1M).
     */
    private static SqlCondition amongAll(List<String> terms) {
        String among = "t.person_id in (select o.person_id from person_search_term o where o.term in ("
                + terms.stream().map(term -> "?").collect(Collectors.joining(", ")) + ") offset 0)";
        return new SqlCondition(among, List.copyOf(terms), List.of());
    }

    private static String union(List<String> branches) {
        return branches.stream().map(branch -> "(" + branch + ")").collect(Collectors.joining(" union all ", "(", ")"));
    }
}
