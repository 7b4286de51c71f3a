package org.homeward.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void casesAreRegisteredInTimeOrderSoThatCaseNumbersNeverRepeat() {
        List<DemoPeople.Registration> plan = DemoPeople.plan(300, 20260525L, NOW);

        assertEquals(300, plan.size());
        for (int i = 1; i < plan.size(); i++) {
            assertFalse(plan.get(i).registeredAt().isBefore(plan.get(i - 1).registeredAt()), "out of order at " + i);
        }
    }

    @Test
    void aCaseIsRegisteredAfterItsEventAndNeverInTheFuture() {
        for (DemoPeople.Registration registration : DemoPeople.plan(300, 20260525L, NOW)) {
            assertFalse(registration.registeredAt().isAfter(NOW));
            assertTrue(registration.registeredAt().atZone(ZoneOffset.UTC).toLocalDate()
                    .isAfter(registration.details().getCircumstances().getCircumstanceDate()));
        }
    }

    @Test
    void theSameSeedPlansTheSameRegistrations() {
        List<Instant> first = DemoPeople.plan(300, 20260525L, NOW).stream().map(DemoPeople.Registration::registeredAt).toList();
        List<Instant> second = DemoPeople.plan(300, 20260525L, NOW).stream().map(DemoPeople.Registration::registeredAt).toList();

        assertEquals(first, second);
    }
}
