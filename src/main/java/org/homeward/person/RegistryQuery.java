package org.homeward.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.access.RecordScope.SqlCondition;
import org.homeward.platform.Database;

/**
 * The SQL of one page of the case registry and of its total, for a registry of a million people on H2
 * and on PostgreSQL (measured in docs/benchmarks.md). What it relies on:
 * <ul>
 * <li>The list indexes of V3/V4 start with columns a query fixes by equality (assignee; office and
 * restricted; category; office), go on with the registration time and id, newest first, and carry
 * every filter column after that. So a page is read off one index in order and stops after the page,
 * and neither the filters nor a count ever read the person rows themselves (on H2 each row read is a
 * random read of a wide row, which is what made the old counts take seconds).</li>
 * <li>The ORDER BY repeats the fixed columns in front of the registration time. It changes nothing
 * (they are equal on every row) but H2 only reads an index in order when the ORDER BY starts with the
 * index's leading columns; PostgreSQL drops them as constant.</li>
 * <li>H2 still picks the wrong index for some of these queries (the plain foreign key index on
 * office, then a sort), so on H2 only the index is named with {@code USE INDEX}; PostgreSQL plans well
 * without it.</li>
 * <li>The record scope comes as disjoint parts ({@link org.homeward.access.RecordScope#sqlParts});
 * a page takes the first rows of each part off its own index and merges them with UNION ALL, a count
 * adds the parts up.</li>
 * <li>Totals are exact up to {@link #COUNT_CAP}; above that the count stops at {@code COUNT_CAP + 1}
 * ("more than 10,000"): an exact count of 400,000 rows costs more than the page it goes with.</li>
 * <li>A name search (one word or several) without other filters than office, assignee and restricted
 * reads the search keys alone ({@link #onKeys}, {@link TermQuery}); what follows is for the others.</li>
 * <li>A name search with at most {@link #COUNT_CAP} hits takes its page from the search keys (few
 * rows to sort); with more, matches are so dense that walking the newest people and checking each
 * one's keys finds a page after a few thousand.</li>
 * </ul>
 */
final class RegistryQuery {

    /** Totals above this are reported as "more than". */
    static final int COUNT_CAP = 10_000;

    /** SQL with its positional parameters. */
    record Sql(String text, List<Object> parameters) {
    }

    /** An index a list can be read from in order: its name and the columns in front of (registered_at, id). */
    private record ListIndex(String name, List<String> leading) {
    }

    // Most selective first: the first whose leading columns a part fixes is the one read.
    private static final List<ListIndex> LIST_INDEXES = List.of(
            new ListIndex("ix_person_assigned_newest", List.of("p.assigned_to_id")),
            new ListIndex("ix_person_office_open_newest", List.of("p.office_id", "p.restricted")),
            new ListIndex("ix_person_category_newest", List.of("p.category")),
            new ListIndex("ix_person_office_newest", List.of("p.office_id")),
            new ListIndex("ix_person_newest", List.of()));

    /** The person columns each search key carries a copy of (V18), and the copy's name. */
    private static final Map<String, String> KEY_COLUMNS = Map.of(
            "p.office_id", "t.office_id", "p.assigned_to_id", "t.assigned_to_id", "p.restricted", "t.restricted");

    /** The narrow copy of the person columns a name search joins its keys to (V4). */
    private static final String FILTER_INDEX = "ix_person_filters";

    // The prefix also as a key range, so that both databases read it off the key index whatever the
    // plan: H2 does not turn a bound LIKE inside a derived table into a range (it read all 12 million
    // keys), and PostgreSQL cannot either once it uses a generic plan for a prepared statement.
    static final String TERM_MATCH = "t.term >= ? and t.term < ? and t.term like ? escape '\\'";

    private final Database dialect;
    private final List<SqlCondition> parts;
    private final List<String> words;
    private final List<SqlCondition> filters = new ArrayList<>();
    private final PersonSearch.Order order;

    /**
     * @param scopeParts the caller's record scope, as disjoint parts on {@code p.*} columns
     * @param words      the search words, each a prefix of a search key (may be empty)
     */
    RegistryQuery(Database dialect, List<SqlCondition> scopeParts, List<String> words, PersonSearch.Order order) {
        this.dialect = dialect;
        this.parts = scopeParts;
        this.words = words;
        this.order = order;
    }

    /** Adds {@code column = value} unless the value is null. */
    RegistryQuery where(String column, Object value) {
        if (value != null) {
            filters.add(new SqlCondition(column + " = ?", List.of(value), List.of(column)));
        }
        return this;
    }

    /** Adds a condition on {@code p.*} columns that no list index leads with. */
    RegistryQuery where(SqlCondition condition) {
        filters.add(new SqlCondition(condition.sql(), condition.parameters(), List.of()));
        return this;
    }

    /**
     * The same search read off the search keys alone ({@link TermQuery}), or null where the keys do not
     * carry what it needs: no words, another order, or filters other than office, assignee and
     * restricted (the columns the keys copy).
     *
     * @param keyScopeParts the caller's record scope as disjoint parts on the keys' {@code t.*} columns
     */
    TermQuery onKeys(List<SqlCondition> keyScopeParts) {
        if (words.isEmpty() || order != PersonSearch.Order.NEWEST) {
            return null;
        }
        List<SqlCondition> keyFilters = new ArrayList<>();
        for (SqlCondition filter : filters) {
            String column = filter.fixedColumns().size() == 1 ? KEY_COLUMNS.get(filter.fixedColumns().get(0)) : null;
            if (column == null) {
                return null;
            }
            keyFilters.add(new SqlCondition(column + " = ?", filter.parameters(), List.of(column)));
        }
        return new TermQuery(dialect, keyScopeParts, keyFilters, words);
    }

    boolean searchesNames() {
        return !words.isEmpty();
    }

    /** {@code select count(*)}, at most {@code COUNT_CAP + 1} per scope part. */
    Sql count() {
        List<Object> parameters = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        if (searchesNames()) {
            // From the keys of the words, each matching person once, the rest checked on the narrow copy
            // of the person by id. Not a join: H2 would turn it round and read every person.
            String source;
            String person;
            if (words.size() == 1) {
                source = "select distinct t.person_id from person_search_term t where " + TERM_MATCH;
                parameters.addAll(termMatch(words.get(0)));
                person = "t.person_id";
            } else {
                source = "select m.person_id from " + matching(parameters) + " m";
                person = "m.person_id";
            }
            String rest = conditions(scopeAsOne(), parameters, words.size());
            branches.add(source + (rest.equals("1 = 1") ? "" : (words.size() == 1 ? " and" : " where")
                    + " exists (select 1 from person p" + hint(FILTER_INDEX) + " where p.id = " + person + " and " + rest + ")")
                    + " fetch first " + (COUNT_CAP + 1) + " rows only");
        } else {
            for (SqlCondition part : parts) {
                branches.add("select p.id from person p" + hint(indexFor(part).name()) + " where "
                        + conditions(part, parameters, 0) + " fetch first " + (COUNT_CAP + 1) + " rows only");
            }
        }
        if (branches.isEmpty()) {
            // A scope that sees nothing: no branch to count, and an empty union is no SQL.
            return new Sql("select 0", List.of());
        }
        return new Sql("select count(*) from " + union(branches) + " c", parameters);
    }

    /** Whether the search has several words, whose intersection is small enough to be read whole. */
    boolean searchesSeveralWords() {
        return words.size() > 1;
    }

    /**
     * All people a search of several words matches, in list order, at most {@code COUNT_CAP + 1}: the
     * intersection of the words is small, so one statement gives both the total and every page, instead
     * of intersecting the key ranges twice.
     */
    Sql allMatches() {
        return page(0, COUNT_CAP + 1, true);
    }

    /** The ids of one page, in order; {@code fewHits}: a name search whose count stayed under the cap. */
    Sql page(long offset, int size, boolean fewHits) {
        List<Object> parameters = new ArrayList<>();
        String window = " offset " + offset + " rows fetch next " + size + " rows only";
        if (searchesNames() && fewHits) {
            // At most COUNT_CAP people: take them from the keys and sort them.
            String matching = matching(parameters);
            String sql = "select p.id from person p" + hint(FILTER_INDEX) + " where p.id in (select m.person_id from "
                    + matching + " m) and " + conditions(scopeAsOne(), parameters, words.size())
                    + " order by " + orderBy("p.", List.of()) + window;
            return new Sql(sql, parameters);
        }
        if (parts.isEmpty()) {
            return new Sql("select p.id from person p where 1 = 0", List.of());
        }
        if (parts.size() == 1) {
            return new Sql(branch(parts.get(0), "p.id", parameters) + window, parameters);
        }
        List<String> branches = new ArrayList<>();
        for (SqlCondition part : parts) {
            Set<String> columns = new LinkedHashSet<>(List.of("p.id"));
            columns.addAll(sortColumns("p."));
            branches.add(branch(part, String.join(", ", columns), parameters)
                    + " fetch first " + (offset + size) + " rows only");
        }
        return new Sql("select s.id from " + union(branches) + " s order by " + orderBy("s.", List.of()) + window, parameters);
    }

    /**
     * The people every search word matches, each once: the key range of each word, intersected. Two
     * common words ("Шевченко Олексій", 40,000 people each) meet in a few hundred people; intersecting
     * the two ranges reads 80,000 index entries, where checking the second word person by person for
     * everyone the first one found took seconds.
     */
    private String matching(List<Object> parameters) {
        List<String> ranges = new ArrayList<>();
        for (String word : words) {
            ranges.add("select t.person_id from person_search_term t where " + TERM_MATCH);
            parameters.addAll(termMatch(word));
        }
        return ranges.size() == 1 ? "(select distinct t.person_id from person_search_term t where " + TERM_MATCH + ")"
                : "(" + String.join(" intersect ", ranges) + ")";
    }

    /** One scope part in list order, off its own index. */
    private String branch(SqlCondition part, String columns, List<Object> parameters) {
        ListIndex index = order == PersonSearch.Order.NEWEST ? indexFor(part) : null;
        return "select " + columns + " from person p" + (index == null ? "" : hint(index.name())) + " where "
                + conditions(part, parameters, 0) + " order by " + orderBy("p.", index == null ? List.of() : index.leading());
    }

    /** The part's condition, the filters and the search words from {@code wordsFrom} on, adding their parameters. */
    private String conditions(SqlCondition part, List<Object> parameters, int wordsFrom) {
        List<String> sql = new ArrayList<>();
        if (part.sql() != null) {
            sql.add("(" + part.sql() + ")");
            parameters.addAll(part.parameters());
        }
        for (SqlCondition filter : filters) {
            sql.add(filter.sql());
            parameters.addAll(filter.parameters());
        }
        for (String word : words.subList(Math.min(wordsFrom, words.size()), words.size())) {
            sql.add("exists (select 1 from person_search_term t where t.person_id = p.id and " + TERM_MATCH + ")");
            parameters.addAll(termMatch(word));
        }
        return sql.isEmpty() ? "1 = 1" : String.join(" and ", sql);
    }

    /** The scope as one condition (the parts or-ed), where the person is found by id and no index is walked. */
    private SqlCondition scopeAsOne() {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.isEmpty()) {
            return new SqlCondition("1 = 0", List.of(), List.of());
        }
        return new SqlCondition(parts.stream().map(part -> "(" + part.sql() + ")").collect(Collectors.joining(" or ")),
                parts.stream().flatMap(part -> part.parameters().stream()).toList(), List.of());
    }

    private ListIndex indexFor(SqlCondition part) {
        Set<String> fixed = new LinkedHashSet<>(part.fixedColumns());
        filters.forEach(filter -> fixed.addAll(filter.fixedColumns()));
        return LIST_INDEXES.stream().filter(index -> fixed.containsAll(index.leading())).findFirst().orElseThrow();
    }

    private String hint(String index) {
        return dialect.indexHint(index);
    }

    private String orderBy(String alias, List<String> leading) {
        List<String> columns = new ArrayList<>(leading);
        List<String> sort = sortColumns(alias);
        for (String column : sort) {
            columns.add(column + (order == PersonSearch.Order.NEWEST ? " desc" : ""));
        }
        return String.join(", ", columns);
    }

    private List<String> sortColumns(String alias) {
        return switch (order) {
            case CASE_NUMBER -> List.of(alias + "case_number");
            case FAMILY_NAME -> List.of(alias + "latin_family_name", alias + "id");
            case NEWEST -> List.of(alias + "registered_at", alias + "id");
        };
    }

    private static String union(List<String> branches) {
        return branches.size() == 1 ? "(" + branches.get(0) + ")"
                : branches.stream().map(branch -> "(" + branch + ")").collect(Collectors.joining(" union all ", "(", ")"));
    }

    /**
     * The parameters of {@link #TERM_MATCH}: the keys from the word up to the next word of its length,
     * then the pattern. The range is exactly the prefix where strings compare by character: H2 by
     * default, PostgreSQL under the C.UTF-8 collation of the registry's databases; the LIKE keeps the
     * answer right under any other collation.
     */
    static List<Object> termMatch(String word) {
        String pattern = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        char last = word.charAt(word.length() - 1);
        return List.of(word, word.substring(0, word.length() - 1) + (char) (last + 1), pattern);
    }
}
