package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The labels of aggregate exports: the age bands of the specification, months, and their order. */
class DimensionTest {

    @Test
    void ageBandsAreThoseOfTheSpecification() {
        assertEquals(List.of("0-4", "0-4", "5-11", "5-11", "12-17", "12-17", "18-25", "18-25", "26-59", "26-59", "60+"),
                Stream.of(0, 4, 5, 11, 12, 17, 18, 25, 26, 59, 60).map(Dimension::ageBand).toList());
        assertEquals("60+", Dimension.AGE_BAND.label(1926, 2026));
        assertEquals(Dimension.UNKNOWN, Dimension.AGE_BAND.label(null, 2026));
    }

    @Test
    void monthsReadAsYearAndMonth() {
        assertEquals("2025-05", Dimension.MONTH.label(202505, 2026));
    }

    @Test
    void labelsSortNaturallyWithUnknownLast() {
        List<String> sorted = Stream.of("unknown", "60+", "5-11", "18-25", "0-4", "12-17", "26-59")
                .sorted(ExportRunner.LABELS).toList();
        assertEquals(List.of("0-4", "5-11", "12-17", "18-25", "26-59", "60+", "unknown"), sorted);
    }
}
