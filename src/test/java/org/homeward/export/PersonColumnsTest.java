package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The FULL export's moments are written by hand, and must read exactly as Instant.toString() writes them. */
class PersonColumnsTest {

    @Test
    void momentsAreWrittenAsInstantWritesThem() {
        List<Instant> moments = List.of(Instant.parse("2026-03-02T14:10:00Z"), Instant.parse("2026-03-02T14:10:07Z"),
                Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59.120Z"),
                Instant.parse("2026-12-31T23:59:59.123456Z"), Instant.parse("2026-12-31T23:59:59.000001Z"),
                Instant.parse("2026-12-31T23:59:59.123456789Z"), Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("+10000-01-01T00:00:00Z"));
        for (Instant moment : moments) {
            assertEquals(moment.toString(), PersonColumns.isoInstant(OffsetDateTime.ofInstant(moment, ZoneOffset.ofHours(3))));
        }
        Random random = new Random(20261129L);
        for (int i = 0; i < 10_000; i++) {
            Instant moment = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(4) * 1_000 * random.nextInt(1_000_000));
            assertEquals(moment.toString(), PersonColumns.isoInstant(OffsetDateTime.ofInstant(moment, ZoneOffset.UTC)), moment::toString);
        }
    }
}
