package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.homeward.access.RecordScope;
import org.homeward.platform.Role;
import org.homeward.platform.Database;
import org.junit.jupiter.api.Test;

class RegistryQueryTest {

    private static final RecordScope HEAD_OFFICE = RecordScope.of("hq", "HQ", true, EnumSet.of(Role.SUPERVISOR));
    private static final RecordScope CASEWORKER = RecordScope.of("me", "KYIV", false, EnumSet.of(Role.CASEWORKER));

    private static RegistryQuery query(Database dialect, RecordScope scope, List<String> words) {
        return new RegistryQuery(dialect, scope.sqlParts("p.office_id", 2L, "p.assigned_to_id", 7L, "p.restricted"),
                words, PersonSearch.Order.NEWEST);
    }

    @Test
    void aFilteredPageIsReadInOrderOffTheIndexOfItsFixedColumns() {
        RegistryQuery.Sql page = query(Database.H2, HEAD_OFFICE, List.of()).where("p.category", "CHILD")
                .where("p.office_id", 3L).page(150, 50, false);
        assertEquals("select p.id from person p use index (ix_person_category_newest) where p.category = ? and "
                + "p.office_id = ? order by p.category, p.registered_at desc, p.id desc offset 150 rows fetch next 50 rows only",
                page.text());
        assertEquals(List.of("CHILD", 3L), page.parameters());
    }

    @Test
    void onlyH2IsToldWhichIndexToUse() {
        String page = query(Database.POSTGRESQL, HEAD_OFFICE, List.of()).where("p.category", "CHILD")
                .page(0, 50, false).text();
        assertTrue(page.startsWith("select p.id from person p where p.category = ? order by p.category,"), page);
    }

    @Test
    void aCaseworkersPageMergesTheDisjointPartsOfTheScope() {
        RegistryQuery query = query(Database.POSTGRESQL, CASEWORKER, List.of());
        RegistryQuery.Sql page = query.page(100, 50, false);
        assertEquals("select s.id from ((select p.id, p.registered_at from person p where (p.office_id = ? and "
                + "p.restricted = false) order by p.office_id, p.restricted, p.registered_at desc, p.id desc fetch first 150 rows only)"
                + " union all (select p.id, p.registered_at from person p where (p.assigned_to_id = ? and (p.office_id <> ? or "
                + "p.restricted = true)) order by p.assigned_to_id, p.registered_at desc, p.id desc fetch first 150 rows only)) s "
                + "order by s.registered_at desc, s.id desc offset 100 rows fetch next 50 rows only", page.text());
        assertEquals(List.of(2L, 7L, 2L), page.parameters());
        assertEquals(List.of(2L, 7L, 2L), query.count().parameters());
        assertTrue(query.count().text().contains("fetch first 10001 rows only) union all ("), query.count().text());
    }

    @Test
    void aScopeThatSeesNothingCountsNothingWithoutAnEmptyUnion() {
        RecordScope none = RecordScope.of("partner", "HQ", true, EnumSet.of(Role.PARTNER));
        assertEquals("select 0", query(Database.POSTGRESQL, none, List.of()).count().text());
        assertEquals("select p.id from person p where 1 = 0", query(Database.H2, none, List.of()).page(0, 50, false).text());
    }

    @Test
    void aNameIsLookedUpAsARangeOfKeys() {
        RegistryQuery.Sql count = query(Database.H2, HEAD_OFFICE, List.of("kovalenko")).count();
        assertEquals("select count(*) from (select distinct t.person_id from person_search_term t where t.term >= ? and "
                + "t.term < ? and t.term like ? escape '\\' fetch first 10001 rows only) c", count.text());
        assertEquals(List.of("kovalenko", "kovalenkp", "kovalenko%"), count.parameters());
    }

    private static List<RecordScope.SqlCondition> onKeys(RecordScope scope) {
        return scope.sqlParts("t.office_id", 2L, "t.assigned_to_id", 7L, "t.restricted");
    }

    @Test
    void aOneWordSearchReadsItsPageOffTheKeysInListOrder() {
        TermQuery byKeys = query(Database.H2, HEAD_OFFICE, List.of("kovalenko")).where("p.office_id", 3L).onKeys(onKeys(HEAD_OFFICE));
        RegistryQuery.Sql page = byKeys.page(new TermQuery.Match(List.of("kovalenko"), List.of()), 50, 50);
        assertEquals("select s.person_id from (select t.registered_at, t.person_id from person_search_term t use index "
                + "(ix_person_search_term_newest) where t.term = ? and t.office_id = ? order by t.term, t.registered_at desc, "
                + "t.person_id desc fetch first 100 rows only) s order by s.registered_at desc, s.person_id desc "
                + "offset 50 rows fetch next 50 rows only", page.text());
        assertEquals(List.of("kovalenko", 3L), page.parameters());
        assertEquals("select count(*) from ((select t.person_id from person_search_term t use index (ix_person_search_term_newest) "
                + "where t.term = ? and t.office_id = ? order by t.term, t.registered_at desc, t.person_id desc "
                + "fetch first 10001 rows only)) c", byKeys.count(new TermQuery.Match(List.of("kovalenko"), List.of())).text());
    }

    @Test
    void aPrefixMergesItsTermsAndScopePartsCountingEachPersonOnce() {
        TermQuery byKeys = query(Database.POSTGRESQL, CASEWORKER, List.of("oleksii")).onKeys(onKeys(CASEWORKER));
        RegistryQuery.Sql page = byKeys.page(new TermQuery.Match(List.of("oleksii", "oleksiivna"), List.of()), 0, 50);
        assertTrue(page.text().endsWith(" s group by s.registered_at, s.person_id order by s.registered_at desc, "
                + "s.person_id desc offset 0 rows fetch next 50 rows only"), page.text());
        assertEquals(List.of("oleksii", 2L, "oleksii", 7L, 2L, "oleksiivna", 2L, "oleksiivna", 7L, 2L), page.parameters());
        RegistryQuery.Sql count = byKeys.count(new TermQuery.Match(List.of("oleksii", "oleksiivna"), List.of()));
        assertTrue(count.text().startsWith("select count(distinct c.person_id) from ((select t.person_id from person_search_term t "
                + "where t.term = ? and (t.office_id = ? and t.restricted = false) order by"), count.text());
        assertEquals(4, count.text().split(" union all ").length);
    }

    @Test
    void theTermsOfAWordAreFoundOneIndexProbeAtATime() {
        TermQuery byKeys = query(Database.POSTGRESQL, HEAD_OFFICE, List.of("oleksii")).onKeys(onKeys(HEAD_OFFICE));
        RegistryQuery.Sql next = byKeys.nextTerm("oleksii", "oleksii");
        assertEquals("select t.term from person_search_term t where t.term >= ? and t.term < ? and t.term like ? escape '\\' "
                + "and t.term > ? order by t.term fetch first 1 rows only", next.text());
        assertEquals(List.of("oleksii", "oleksij", "oleksii%", "oleksii"), next.parameters());
    }

    @Test
    void severalWordsWalkTheRarestWordsKeysAndProbeTheOthersByTermAndPerson() {
        TermQuery byKeys = query(Database.H2, CASEWORKER, List.of("shevchenko", "oleksii")).onKeys(onKeys(CASEWORKER));
        assertNotNull(byKeys);
        RegistryQuery.Sql page = byKeys.page(new TermQuery.Match(List.of("shevchenko"), List.of(List.of("oleksii", "oleksiivna"))), 0, 50);
        String probes = "(exists (select 1 from person_search_term o where o.term = ? and o.person_id = t.person_id offset 0) or "
                + "exists (select 1 from person_search_term o where o.term = ? and o.person_id = t.person_id offset 0))";
        assertEquals("select s.person_id from ((select t.registered_at, t.person_id from person_search_term t use index "
                + "(ix_person_search_term_newest) where t.term = ? and (t.office_id = ? and t.restricted = false) and " + probes
                + " order by t.term, t.registered_at desc, t.person_id desc fetch first 50 rows only) union all "
                + "(select t.registered_at, t.person_id from person_search_term t use index (ix_person_search_term_newest) "
                + "where t.term = ? and (t.assigned_to_id = ? and (t.office_id <> ? or t.restricted = true)) and " + probes
                + " order by t.term, t.registered_at desc, t.person_id desc fetch first 50 rows only)) s "
                + "group by s.registered_at, s.person_id order by s.registered_at desc, s.person_id desc offset 0 rows fetch next 50 rows only",
                page.text());
        assertEquals(List.of("shevchenko", 2L, "oleksii", "oleksiivna", "shevchenko", 7L, 2L, "oleksii", "oleksiivna"), page.parameters());

        RegistryQuery.Sql rarest = byKeys.rarest(List.of(List.of("shevchenko"), List.of("oleksii", "oleksiivna")));
        assertEquals("select f.word from ((select 0 as word, count(*) as keys_read, min(n.registered_at) as horizon from "
                + "(select t.registered_at from person_search_term t use index (ix_person_search_term_newest) where t.term = ? "
                + "order by t.term, t.registered_at desc, t.person_id desc fetch first 1000 rows only) n) union all "
                + "(select 1 as word, count(*) as keys_read, min(n.registered_at) as horizon from (select s.registered_at from "
                + "((select t.registered_at from person_search_term t use index (ix_person_search_term_newest) where t.term = ? "
                + "order by t.term, t.registered_at desc, t.person_id desc fetch first 1000 rows only) union all "
                + "(select t.registered_at from person_search_term t use index (ix_person_search_term_newest) where t.term = ? "
                + "order by t.term, t.registered_at desc, t.person_id desc fetch first 1000 rows only)) s "
                + "order by s.registered_at desc fetch first 1000 rows only) n)) f "
                + "order by f.keys_read, f.horizon, f.word fetch first 1 rows only", rarest.text());
        assertEquals(List.of("shevchenko", "oleksii", "oleksiivna"), rarest.parameters());

        RegistryQuery.Sql count = byKeys.count(new TermQuery.Match(List.of("shevchenko"), List.of(List.of("oleksii", "oleksiivna"))));
        // The other word's keys are read once for the total: one branch, the scope's parts or-ed.
        assertEquals("select count(*) from ((select t.person_id from person_search_term t use index "
                + "(ix_person_search_term_newest) where t.term = ? and ((t.office_id = ? and t.restricted = false) or "
                + "(t.assigned_to_id = ? and (t.office_id <> ? or t.restricted = true))) and t.person_id in "
                + "(select o.person_id from person_search_term o where o.term in (?, ?) offset 0) order by t.term, "
                + "t.registered_at desc, t.person_id desc fetch first 10001 rows only)) c", count.text());
        assertEquals(List.of("shevchenko", 2L, 7L, 2L, "oleksii", "oleksiivna"), count.parameters());
    }

    @Test
    void searchesTheKeysDoNotCarryTakeTheGeneralPlan() {
        assertNull(query(Database.H2, HEAD_OFFICE, List.of("shevchenko")).where("p.category", "CHILD").onKeys(onKeys(HEAD_OFFICE)));
        assertNull(new RegistryQuery(Database.H2, HEAD_OFFICE.sqlParts("p.office_id", 2L, "p.assigned_to_id", 7L, "p.restricted"),
                List.of("shevchenko"), PersonSearch.Order.CASE_NUMBER).onKeys(onKeys(HEAD_OFFICE)));
        assertNull(query(Database.H2, HEAD_OFFICE, List.of()).onKeys(onKeys(HEAD_OFFICE)));
        assertNotNull(query(Database.H2, HEAD_OFFICE, List.of("shevchenko")).where("p.restricted", true)
                .where("p.assigned_to_id", 7L).onKeys(onKeys(HEAD_OFFICE)));
    }
}
