package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.homeward.demo.PeopleGenerator;
import org.homeward.platform.FieldError;
import org.junit.jupiter.api.Test;

/** The invented caseload must be one a caseworker could have registered: it passes the registry's own rules. */
class GeneratedPeopleRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void everyGeneratedPersonPassesTheRulesOfARegistration() {
        for (long seed : new long[] {20260525L, 1L, -7L}) {
            PeopleGenerator generator = new PeopleGenerator(seed);
            for (int i = 0; i < 10_000; i++) {
                PersonDetails details = generator.next();
                List<FieldError> errors = PersonRules.check(details, TODAY);
                assertEquals(List.of(), errors, "seed " + seed + ", person " + i + " (" + details.getCategory() + ")");
            }
        }
    }
}
