package org.homeward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.homeward.matching.BlockingKeys;
import org.homeward.matching.Description;
import org.homeward.matching.MatchProfile;
import org.junit.jupiter.api.Test;

/** The earlier rows of a list a later row is compared with: those sharing a blocking key, and no more than a block's limit. */
class EarlierRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 23);

    private static MatchProfile profile(String family, String given, LocalDate born) {
        return MatchProfile.of(new Description(family, given, null, List.of(), born, born == null ? null : "EXACT", null, "MALE",
                "OWN", List.of(), null), TODAY);
    }

    private static ListFile.ListRow row(long line) {
        return new ListFile.ListRow(line, List.of(String.valueOf(line)));
    }

    @Test
    void aLaterRowMeetsOnlyTheEarlierRowsSharingAKey() {
        EarlierRows earlier = new EarlierRows();
        earlier.add(row(2), BlockingKeys.stored(profile("Шевченко", "Олексій", LocalDate.of(1998, 4, 12))));
        earlier.add(row(3), BlockingKeys.stored(profile("Бондаренко", "Іван", LocalDate.of(1970, 2, 2))));
        earlier.add(row(4), BlockingKeys.stored(profile("Шевченко", "Олексій", LocalDate.of(1961, 9, 30))));

        Set<ListFile.ListRow> met = earlier.sharing(BlockingKeys.probes(profile("Shevchenko", "Алексей", LocalDate.of(1998, 12, 4))));

        assertTrue(met.contains(row(2)), met.toString());
        assertTrue(!met.contains(row(3)), met.toString());
    }

    @Test
    void underOneKeyOnlyTheLatestRowsUpToTheLimitAreMet() {
        EarlierRows earlier = new EarlierRows();
        Set<String> keys = Set.of("a common key");
        for (int line = 2; line < 2 + 3 * EarlierRows.BLOCK_LIMIT; line++) {
            earlier.add(row(line), keys);
        }
        // Many distinct keys too, so that the table grows while the shared key keeps its rows.
        for (int line = 1000; line < 5000; line++) {
            earlier.add(row(line), Set.of("key " + line));
        }

        Set<ListFile.ListRow> met = earlier.sharing(keys);

        assertEquals(EarlierRows.BLOCK_LIMIT, met.size());
        assertTrue(met.contains(row(1 + 3 * EarlierRows.BLOCK_LIMIT)), "the latest row is met");
        assertEquals(Set.of(row(4321)), earlier.sharing(Set.of("key 4321")));
    }
}
