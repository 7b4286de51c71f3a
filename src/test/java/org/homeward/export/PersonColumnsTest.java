package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exports' moments are written by hand, from the value or from the database's text, and must read
 * exactly as Instant.toString() writes them.
 */
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

    @Test
    void momentsReadAsTheDatabasesTextAreWrittenAsInstantWritesThem() {
        Random random = new Random(20261130L);
        for (int i = 0; i < 10_000; i++) {
            Instant moment = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000) * 1_000L
                    * (random.nextInt(3) == 0 ? 0 : 1));
            assertEquals(moment.toString(), PersonColumns.isoInstant(databaseText(moment)), moment::toString);
        }
        assertEquals("2026-03-02T14:10:00.120Z", PersonColumns.isoInstant("2026-03-02 14:10:00.12+00"));
        assertEquals("2026-03-02T14:10:00Z", PersonColumns.isoInstant("2026-03-02 14:10:00+00"));
        assertEquals("2026-03-02T14:10:00.000001Z", PersonColumns.isoInstant("2026-03-02 14:10:00.000001+00"));
        assertEquals("2026-03-02T14:10:00.123456789Z", PersonColumns.isoInstant("2026-03-02 14:10:00.123456789+00"));
    }

    @Test
    void textInAnyOtherFormIsLeftToBeParsed() {
        for (String other : List.of("2026-03-02 17:10:00+03", "2026-03-02 14:10:00+00:30", "0044-03-15 12:00:00+00 BC",
                "2026-03-02T14:10:00Z", "12026-03-02 14:10:00+00", "2026-03-02 14:10:00,5+00", "2026-03-02 14:10:00.1234567890+00")) {
            assertNull(PersonColumns.isoInstant(other), other);
        }
        assertTrue(PersonColumns.isoDate("2026-03-02"));
        for (String other : List.of("0044-03-15 BC", "12026-03-02", "2026-3-02", "02.03.2026")) {
            assertFalse(PersonColumns.isoDate(other), other);
        }
    }

    /** As PostgreSQL writes a timestamp with time zone in UTC: trailing zeros of the fraction dropped. */
    private static String databaseText(Instant moment) {
        String text = moment.toString().replace('T', ' ').replace("Z", "");
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "");
        }
        return text + "+00";
    }
}
