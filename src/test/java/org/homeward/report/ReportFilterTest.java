package org.homeward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.homeward.person.Category;
import org.homeward.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class ReportFilterTest {

    @Test
    void readsEveryFilterAndWritesOnlyThoseSet() {
        Map<String, String> address = Map.of("from", "2025-01-01", "to", "2025-12-31", "office", " kyiv ",
                "category", "CHILD", "round", "3");

        ReportFilter filter = ReportFilter.from(address::get);

        assertEquals(LocalDate.of(2025, 1, 1), filter.from());
        assertEquals("KYIV", filter.office());
        assertEquals(Category.CHILD, filter.category());
        assertEquals(ReportFilter.DEFAULT_STALE_DAYS, filter.staleDays());
        assertEquals(Map.of("from", "2025-01-01", "to", "2025-12-31", "office", "KYIV", "category", "CHILD", "round", "3"),
                filter.parameters());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAtItsEnd() {
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> ReportFilter.from(Map.of("from", "2026-05-01", "to", "2026-04-01")::get));
        assertEquals("to", invalid.errors().get(0).field());
    }

    @Test
    void staleDaysOutsideOneToTenYearsIsRefused() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> ReportFilter.from(Map.of("staleDays", "0")::get));
        assertEquals("staleDays", invalid.errors().get(0).field());
    }
}
