package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.access.RecordScope.SqlCondition;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.api.FieldParser;
import org.junit.jupiter.api.Test;

class CaseSelectionTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void readsWhatAFigureLinksWithAndWritesItBackTheSame() {
        Map<String, String> link = Map.of("reportedFrom", "2025-01-01", "reportedTo", "2025-12-31", "round", "7",
                "outcome", "EXCHANGED,ACCEPTED", "reached", "REPATRIATED", "reachedFrom", "2025-03-01",
                "reachedTo", "2025-03-31", "staleDays", "90", "remains", "true", "identification", "CONFIRMED");
        FieldParser parser = new FieldParser();
        CaseSelection selection = CaseSelection.from(link::get, parser);
        parser.rejectIfAnyFailed();

        assertEquals(Set.of("ACCEPTED", "EXCHANGED"), selection.outcomes());
        assertEquals(RepatriationStatus.REPATRIATED, selection.reached());
        assertEquals(new HashMap<>(link), new HashMap<>(selection.parameters()) {{
                put("outcome", "EXCHANGED,ACCEPTED"); }});
        assertEquals("ACCEPTED,EXCHANGED", selection.parameters().get("outcome"));
    }

    @Test
    void everyBadParameterIsNamed() {
        Map<String, String> link = Map.of("reportedFrom", "12.04.2026", "round", "x", "outcome", "LOST",
                "reached", "VERIFIED", "staleDays", "-3", "remains", "yes", "identification", "DNA");
        FieldParser parser = new FieldParser();
        CaseSelection.from(link::get, parser);

        InvalidInput invalid = assertThrows(InvalidInput.class, parser::rejectIfAnyFailed);
        assertEquals(Set.of("reportedFrom", "round", "outcome", "reached", "staleDays", "remains", "identification"),
                Set.copyOf(invalid.errors().stream().map(FieldError::field).toList()));
    }

    @Test
    void aPeriodRunsFromTheStartOfItsFirstDayToTheEndOfItsLastInTheServersZone() {
        CaseSelection selection = new CaseSelection(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, Set.of(),
                null, null, null, null, null, null, null, null);

        List<SqlCondition> conditions = selection.conditions(NOW, KYIV);

        assertEquals("p.registered_at >= ?", conditions.get(0).sql());
        assertEquals(OffsetDateTime.parse("2026-03-01T00:00+02:00"), conditions.get(0).parameters().get(0));
        assertEquals("p.registered_at < ?", conditions.get(1).sql());
        assertEquals(OffsetDateTime.parse("2026-04-01T00:00+03:00"), conditions.get(1).parameters().get(0));
    }

    @Test
    void unrecordedIdentificationCountsAsUnidentifiedAndStaleCasesAreOpenOnes() {
        CaseSelection unidentified = new CaseSelection(null, null, null, Set.of(), null, IdentificationStatus.UNIDENTIFIED,
                true, null, null, null, 90, null);

        List<String> sql = unidentified.conditions(NOW, KYIV).stream().map(SqlCondition::sql).toList();

        assertEquals(List.of("(p.identification_status = ? or p.identification_status is null)",
                "(p.category = 'REMAINS' or p.deceased = true)", "p.updated_at < ?", "p.status <> 'CLOSED'"), sql);
    }

    @Test
    void aRoundWithOutcomesAndAReasonIsOneSubqueryOnItsList() {
        CaseSelection rejected = new CaseSelection(null, null, 12L, Set.of("REJECTED"), "not on their list", null, null,
                null, null, null, null, null);

        SqlCondition round = rejected.conditions(NOW, KYIV).get(0);

        assertEquals("p.id in (select n.person_id from nomination n where n.round_id = ? and n.outcome in (?) and n.reason = ?)",
                round.sql());
        assertEquals(List.of(12L, "REJECTED", "not on their list"), round.parameters());
    }

    @Test
    void onlyTheKeptMilestonesCanBeReached() {
        assertThrows(IllegalArgumentException.class, () -> new CaseSelection(null, null, null, Set.of(), null, null, null,
                RepatriationStatus.VERIFIED, null, null, null, null));
        assertTrue(CaseSelection.NONE.isEmpty());
    }
}
