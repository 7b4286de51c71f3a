package org.homeward.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.person.DatePrecision;
import org.homeward.platform.FieldError;
import org.junit.jupiter.api.Test;

/**
 * The rule by which the current whereabouts follow custody events: the latest event by date moves them,
 * a back-dated one does not, and whereabouts set by hand win until an event dated on or after their
 * confirmation arrives.
 */
class WhereaboutsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** A case as the rule sees it: its events' dates and its whereabouts with their confirmation day. */
    private static final class Case {
        final List<LocalDate> events = new ArrayList<>();
        String whereabouts;
        LocalDate confirmedOn;

        void record(String date, DatePrecision precision, String place) {
            List<FieldError> errors = new ArrayList<>();
            EventDate day = EventDate.check(date, precision, TODAY, errors);
            assertEquals(List.of(), errors);
            LocalDate latest = events.stream().max(LocalDate::compareTo).orElse(null);
            events.add(day.getDay());
            if (Whereabouts.follow(day.getDay(), place, latest, confirmedOn)) {
                whereabouts = place;
            }
        }

        void setByHand(String place, LocalDate confirmed) {
            whereabouts = place;
            confirmedOn = confirmed;
        }
    }

    @Test
    void theLatestEventByDateMovesTheWhereabouts() {
        Case held = new Case();
        held.record("2026-03-02", DatePrecision.EXACT, "Olenivka");
        assertEquals("Olenivka", held.whereabouts);
        held.record("2026-05-10", DatePrecision.EXACT, "Taganrog SIZO-2");
        assertEquals("Taganrog SIZO-2", held.whereabouts);
    }

    @Test
    void aBackDatedReportLeavesTheWhereabouts() {
        Case held = new Case();
        held.record("2026-05-10", DatePrecision.EXACT, "Taganrog SIZO-2");
        held.record("2026-04-01", DatePrecision.EXACT, "Military hospital, Donetsk");
        assertEquals("Taganrog SIZO-2", held.whereabouts);
    }

    @Test
    void onTheSameDateTheEventRecordedLastIsTheNewerNews() {
        Case held = new Case();
        held.record("2026-05-10", DatePrecision.EXACT, "Camp A");
        held.record("2026-05-10", DatePrecision.EXACT, "Hospital B");
        assertEquals("Hospital B", held.whereabouts);
    }

    @Test
    void anEventWithoutAPlaceChangesNothing() {
        Case held = new Case();
        held.record("2026-05-10", DatePrecision.EXACT, "Camp A");
        held.record("2026-06-01", DatePrecision.EXACT, null);
        assertEquals("Camp A", held.whereabouts);
        assertFalse(Whereabouts.follow(LocalDate.of(2026, 6, 2), "  ", null, null));
    }

    @Test
    void whereaboutsSetByHandWinUntilAnEventDatedOnOrAfterTheirConfirmationArrives() {
        Case held = new Case();
        held.record("2026-03-02", DatePrecision.EXACT, "Olenivka");
        held.setByHand("Kursk, pre-trial centre", LocalDate.of(2026, 6, 10));

        held.record("2026-06-01", DatePrecision.EXACT, "Taganrog SIZO-2");
        assertEquals("Kursk, pre-trial centre", held.whereabouts, "an event dated before the confirmation");

        held.record("2026-06-10", DatePrecision.EXACT, "Bryansk colony");
        assertEquals("Bryansk colony", held.whereabouts, "an event dated on the day of the confirmation");
    }

    @Test
    void aMonthCountsAsItsFirstDayAgainstAConfirmationWithinIt() {
        Case held = new Case();
        held.setByHand("Kursk, pre-trial centre", LocalDate.of(2026, 6, 10));
        held.record("2026-06", DatePrecision.MONTH, "Taganrog SIZO-2");
        assertEquals("Kursk, pre-trial centre", held.whereabouts);
        held.record("2026-07", null, "Bryansk colony");
        assertEquals("Bryansk colony", held.whereabouts);
    }

    @Test
    void whereaboutsSetByHandWithoutAConfirmationGiveWayToTheNextLatestEvent() {
        Case held = new Case();
        held.record("2026-03-02", DatePrecision.EXACT, "Olenivka");
        held.setByHand("unknown, moved in spring", null);
        held.record("2026-02-01", DatePrecision.EXACT, "Donetsk");
        assertEquals("unknown, moved in spring", held.whereabouts, "a back-dated event");
        held.record("2026-04-01", DatePrecision.EXACT, "Taganrog SIZO-2");
        assertEquals("Taganrog SIZO-2", held.whereabouts);
    }

    @Test
    void aDateIsWrittenToItsPrecision() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals("2014-06", EventDate.check("2014-06", null, TODAY, errors).text());
        assertEquals(LocalDate.of(2014, 1, 1), EventDate.check(" 2014 ", DatePrecision.YEAR, TODAY, errors).getDay());
        assertEquals(DatePrecision.EXACT, EventDate.check("2014-06-12", DatePrecision.EXACT, TODAY, errors).getPrecision());
        assertEquals(List.of(), errors);

        assertTrue(refused("2014-06", DatePrecision.EXACT).contains("date:custody.date.notAtPrecision"));
        assertTrue(refused("2014-06-12", DatePrecision.MONTH).contains("date:custody.date.notAtPrecision"));
        assertTrue(refused("2014-02-30", null).contains("date:custody.date.invalid"));
        assertTrue(refused("12 June", null).contains("date:custody.date.invalid"));
        assertTrue(refused(null, DatePrecision.EXACT).contains("date:custody.date.required"));
        assertTrue(refused("2014", DatePrecision.ESTIMATED).contains("precision:custody.precision.estimated"));
        assertTrue(refused("2026-11-30", null).contains("date:date.future"));
        assertTrue(refused("2026-12", null).contains("date:date.future"));
        assertEquals(List.of(), refused("2026-11", null), "this month has begun");
    }

    private static List<String> refused(String date, DatePrecision precision) {
        List<FieldError> errors = new ArrayList<>();
        EventDate.check(date, precision, TODAY, errors);
        return errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }
}
