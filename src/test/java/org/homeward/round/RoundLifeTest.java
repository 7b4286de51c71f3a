package org.homeward.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.access.Office;
import org.homeward.person.Category;
import org.homeward.person.Person;
import org.homeward.person.PersonDetails;
import org.homeward.person.Sex;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.person.RepatriationStatus;
import org.homeward.workflow.StatusReason;
import org.junit.jupiter.api.Test;

/**
 * A round's whole life by its own rules, with no container and no database: listing people, the talks
 * deciding for each, the confirmation's figures, recording the exchange, cancelling, and every refusal
 * on the way. The status moves the round makes are recorded here instead of written to a history.
 */
class RoundLifeTest {

    private static final Instant NOW = Instant.parse("2026-08-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 20);
    private static final LocalDate TALKS = LocalDate.of(2026, 7, 23);

    /** The moves the round made, in order, each also made on the person. */
    private final List<String> moves = new ArrayList<>();
    private final Map<Person, StatusReason> lastReason = new HashMap<>();
    private final StatusMoves record = (person, to, reason) -> {
        person.moveTo(to, NOW);
        moves.add(person.getCaseNumber() + " " + to);
        lastReason.put(person, reason);
    };
    private long ids = 1;

    @Test
    void aRoundListsDecidesAndExchangesItsPeople() {
        ExchangeRound round = round("Istanbul talks, round 3");
        Person own1 = person("POW-2026-000001", Category.POW, Side.OWN);
        Person own2 = person("POW-2026-000002", Category.POW, Side.OWN);
        Person held1 = person("POW-2026-000003", Category.POW, Side.HELD);
        Person held2 = person("POW-2026-000004", Category.POW, Side.HELD);

        List<Nomination> list = listed(round, List.of(own1, own2, held1, held2));
        assertEquals(List.of("POW-2026-000001 NOMINATED", "POW-2026-000002 NOMINATED", "POW-2026-000003 NOMINATED",
                "POW-2026-000004 NOMINATED"), moves);
        assertEquals("Listed on Istanbul talks, round 3", lastReason.get(own1).in(Locale.ENGLISH));
        assertTrue(list.stream().allMatch(n -> n.getOutcome() == Outcome.PROPOSED && n.holdsPerson()));

        round.moveTo(RoundStatus.NEGOTIATING, null, List.of(), "hq", NOW, record);
        round.decide(List.of(list.get(0), list.get(2)), Outcome.ACCEPTED, null, "hq", NOW, record);
        assertEquals(RepatriationStatus.AGREED, own1.getStatus());
        assertEquals(RepatriationStatus.AGREED, held1.getStatus());
        round.decide(List.of(list.get(1)), Outcome.REJECTED, "not on their list", "hq", NOW, record);
        assertEquals(RepatriationStatus.NOMINATED, own2.getStatus(), "a rejection before any agreement moves nobody");
        assertEquals("not on their list", list.get(1).getReason());

        ExchangePlan even = round.plan(held(list));
        assertEquals(new ExchangePlan(1, 1, 2), even);
        assertTrue(even.atParity());
        round.decide(List.of(list.get(3)), Outcome.ACCEPTED, null, "hq", NOW, record);
        ExchangePlan uneven = round.plan(held(list));
        assertEquals(new ExchangePlan(1, 2, 1), uneven);
        assertFalse(uneven.atParity(), "we would hand over two and receive one");

        assertEquals(List.of("round.exchange.notReady"),
                keys(() -> round.recordExchange(held(list), TODAY, TODAY, "hq", NOW, record)),
                "the talks have not agreed the list yet");
        round.moveTo(RoundStatus.AGREED, null, List.of(), "hq", NOW, record);
        moves.clear();

        int exchanged = round.recordExchange(held(list), LocalDate.of(2026, 8, 14), TODAY, "hq", NOW, record);

        assertEquals(3, exchanged);
        assertEquals(List.of("POW-2026-000001 REPATRIATED", "POW-2026-000002 VERIFIED", "POW-2026-000003 REPATRIATED",
                "POW-2026-000004 REPATRIATED"), moves);
        assertEquals("Exchanged on Istanbul talks, round 3, 2026-08-14", lastReason.get(own1).in(Locale.ENGLISH));
        assertEquals("Обміняно в раунді «Istanbul talks, round 3», 2026-08-14",
                lastReason.get(own1).in(Locale.forLanguageTag("uk")));
        assertEquals("Not exchanged on Istanbul talks, round 3 (rejected)", lastReason.get(own2).in(Locale.ENGLISH));
        assertEquals(RoundStatus.COMPLETED, round.getStatus());
        assertEquals(LocalDate.of(2026, 8, 14), round.getActualExchangeDate());
        assertEquals(List.of(Outcome.EXCHANGED, Outcome.REJECTED, Outcome.EXCHANGED, Outcome.EXCHANGED),
                list.stream().map(Nomination::getOutcome).toList());
        assertTrue(held(list).isEmpty(), "the round holds nobody once its exchange is recorded");

        Person late = person("POW-2026-000005", Category.POW, Side.OWN);
        assertEquals(List.of("round.closed"), keys(() -> round.list(List.of(late), Map.of(), Map.of(), "hq", NOW, record)));
        assertEquals(List.of("round.closed"),
                keys(() -> round.decide(List.of(list.get(1)), Outcome.ACCEPTED, null, "hq", NOW, record)));
        assertEquals(List.of("round.exchange.notReady"),
                keys(() -> round.recordExchange(List.of(), TODAY, TODAY, "hq", NOW, record)));
    }

    @Test
    void listingIsAllOrNothingAndNamesEveryoneRefused() {
        ExchangeRound round = round("Istanbul talks, round 4");
        ExchangeRound other = round("Istanbul talks, round 5");
        Person ready = person("POW-2026-000010", Category.POW, Side.OWN);
        Person child = person("CHILD-2026-000011", Category.CHILD, Side.OWN);
        Person onOther = person("POW-2026-000012", Category.POW, Side.OWN);
        Person reported = person("POW-2026-000013", Category.POW, Side.OWN, RepatriationStatus.REPORTED);
        Nomination elsewhere = listed(other, List.of(onOther)).get(0);
        Nomination here = listed(round, List.of(ready)).get(0);
        moves.clear();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> round.list(List.of(ready, child, onOther, reported),
                Map.of(ready.getId(), here, onOther.getId(), elsewhere), Map.of(), "caseworker", NOW, record));

        assertEquals(List.of(
                        FieldError.of("personId", "round.nominate.already", "POW-2026-000010"),
                        FieldError.of("personId", "round.nominate.type", "CHILD-2026-000011", Category.CHILD,
                                RoundType.POW_EXCHANGE),
                        FieldError.of("personId", "round.nominate.held", "POW-2026-000012", "Istanbul talks, round 5"),
                        FieldError.of("personId", "round.nominate.status", "POW-2026-000013", RepatriationStatus.REPORTED)),
                refused.errors());
        assertEquals(List.of(), moves, "nobody is listed when one cannot be");
        assertEquals(List.of("personId"), fields(() -> round.list(List.of(), Map.of(), Map.of(), "hq", NOW, record)));
    }

    @Test
    void decisionsKeepToTheOutcomesTheTalksAllow() {
        ExchangeRound round = round("Istanbul talks, round 6");
        Person own = person("POW-2026-000020", Category.POW, Side.OWN);
        Nomination nomination = listed(round, List.of(own)).get(0);

        assertEquals(List.of("round.outcome.notByHand"),
                keys(() -> round.decide(List.of(nomination), Outcome.EXCHANGED, null, "hq", NOW, record)));
        assertEquals(List.of("round.reject.reason.required"),
                keys(() -> round.decide(List.of(nomination), Outcome.REJECTED, " ", "hq", NOW, record)));
        assertEquals(List.of("round.outcome.required", "round.decide.nobody"),
                keys(() -> round.decide(List.of(), null, null, "hq", NOW, record)));

        round.decide(List.of(nomination), Outcome.ACCEPTED, null, "hq", NOW, record);
        round.decide(List.of(nomination), Outcome.POSTPONED, "next exchange", "hq", NOW, record);
        assertEquals(RepatriationStatus.NOMINATED, own.getStatus(), "a postponed agreement is undone");
        assertEquals("Postponed on Istanbul talks, round 6: next exchange", lastReason.get(own).in(Locale.ENGLISH));

        round.decide(List.of(nomination), Outcome.WITHDRAWN, null, "hq", NOW, record);
        assertEquals(RepatriationStatus.VERIFIED, own.getStatus(), "withdrawn: back to where the round found them");
        assertEquals("Withdrawn from Istanbul talks, round 6", lastReason.get(own).in(Locale.ENGLISH));
        assertFalse(nomination.holdsPerson());
        assertEquals(List.of("round.outcome.none"),
                keys(() -> round.decide(List.of(nomination), Outcome.ACCEPTED, null, "hq", NOW, record)),
                "a withdrawn nomination is final");

        // Listed again on the same round: the earlier place is taken up again, not duplicated.
        List<Nomination> again = round.list(List.of(own), Map.of(), Map.of(own.getId(), nomination), "hq", NOW, record);
        assertTrue(again.get(0) == nomination && nomination.getOutcome() == Outcome.PROPOSED && nomination.holdsPerson());
    }

    @Test
    void theExchangeNeedsItsDateAndAListAsDecided() {
        ExchangeRound round = round("Istanbul talks, round 7");
        Person own = person("POW-2026-000030", Category.POW, Side.OWN);
        Person held = person("POW-2026-000031", Category.POW, Side.HELD);
        List<Nomination> list = listed(round, List.of(own, held));
        round.moveTo(RoundStatus.NEGOTIATING, null, List.of(), "hq", NOW, record);
        round.moveTo(RoundStatus.AGREED, null, List.of(), "hq", NOW, record);

        assertEquals(List.of("round.exchange.date.required"), keys(() -> round.recordExchange(list, null, TODAY, "hq", NOW, record)));
        assertEquals(List.of("date.future"),
                keys(() -> round.recordExchange(list, TODAY.plusDays(1), TODAY, "hq", NOW, record)));
        assertEquals(List.of("round.exchange.date.beforeTalks"),
                keys(() -> round.recordExchange(list, TALKS.minusDays(1), TODAY, "hq", NOW, record)));
        assertEquals(List.of("exchangeDate"), fields(() -> round.recordExchange(list, null, TODAY, "hq", NOW, record)));
        assertEquals(List.of("round.exchange.nobodyAccepted"),
                keys(() -> round.recordExchange(list, TALKS, TODAY, "hq", NOW, record)));

        round.decide(List.of(list.get(0)), Outcome.ACCEPTED, null, "hq", NOW, record);
        own.moveTo(RepatriationStatus.NOMINATED, NOW); // changed meanwhile, behind the round's back
        moves.clear();
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> round.recordExchange(list, TALKS, TODAY, "hq", NOW, record));
        assertEquals(List.of(FieldError.of("nominations", "round.exchange.personChanged", "POW-2026-000030",
                RepatriationStatus.NOMINATED, RepatriationStatus.AGREED)), refused.errors());
        assertEquals(List.of(), moves, "nothing is recorded by half");
        assertEquals(RoundStatus.AGREED, round.getStatus());
    }

    @Test
    void cancellingNeedsAReasonAndLetsEveryoneGo() {
        ExchangeRound round = round("Istanbul talks, round 8");
        Person own = person("POW-2026-000040", Category.POW, Side.OWN);
        Person held = person("POW-2026-000041", Category.POW, Side.HELD);
        List<Nomination> list = listed(round, List.of(own, held));
        round.moveTo(RoundStatus.NEGOTIATING, null, List.of(), "hq", NOW, record);
        round.decide(List.of(list.get(0)), Outcome.ACCEPTED, null, "hq", NOW, record);

        assertEquals(List.of("round.cancel.reason.required"),
                keys(() -> round.moveTo(RoundStatus.CANCELLED, null, held(list), "hq", NOW, record)));
        assertEquals(List.of("round.status.completeByExchange"),
                keys(() -> round.moveTo(RoundStatus.COMPLETED, null, held(list), "hq", NOW, record)));
        assertEquals(List.of("round.status.none"),
                keys(() -> round.moveTo(RoundStatus.IN_PROGRESS, null, held(list), "hq", NOW, record)),
                "the talks must agree first");
        moves.clear();

        round.moveTo(RoundStatus.CANCELLED, "talks broken off", held(list), "hq", NOW, record);

        assertEquals(RoundStatus.CANCELLED, round.getStatus());
        assertEquals(List.of("POW-2026-000040 VERIFIED", "POW-2026-000041 VERIFIED"), moves);
        assertEquals("Round cancelled: Istanbul talks, round 8 (talks broken off)", lastReason.get(own).in(Locale.ENGLISH));
        assertEquals("Раунд «Istanbul talks, round 8» скасовано (talks broken off)",
                lastReason.get(own).in(Locale.forLanguageTag("uk")));
        assertTrue(list.stream().allMatch(n -> n.getOutcome() == Outcome.WITHDRAWN && !n.holdsPerson()));
        assertEquals(List.of("round.status.none"),
                keys(() -> round.moveTo(RoundStatus.NEGOTIATING, null, List.of(), "hq", NOW, record)));
    }

    // ---- a round and people as the database would give them, ids included

    private List<Nomination> listed(ExchangeRound round, List<Person> people) {
        List<Nomination> list = round.list(people, Map.of(), Map.of(), "caseworker", NOW, record);
        list.forEach(nomination -> identify(nomination, ids++));
        return list;
    }

    private static List<Nomination> held(List<Nomination> list) {
        return list.stream().filter(Nomination::holdsPerson).toList();
    }

    private ExchangeRound round(String name) {
        RoundDetails details = new RoundDetails();
        details.setName(name);
        details.setType(RoundType.POW_EXCHANGE);
        details.setTalksDate(TALKS);
        ExchangeRound round = new ExchangeRound(details, "hq", NOW);
        identify(round, ids++);
        return round;
    }

    private Person person(String caseNumber, Category category, Side side) {
        return person(caseNumber, category, side, RepatriationStatus.VERIFIED);
    }

    private Person person(String caseNumber, Category category, Side side, RepatriationStatus status) {
        PersonDetails details = new PersonDetails();
        details.setCategory(category);
        details.setSide(side);
        details.getNames().setFamilyName("Шевченко");
        details.getOrigin().setSex(Sex.MALE);
        Person person = new Person(caseNumber, category, side, details, new Office("KYIV", "Kyiv", false), null, NOW);
        if (status != RepatriationStatus.REPORTED) {
            person.moveTo(status, NOW);
        }
        identify(person, ids++);
        return person;
    }

    /** The id the database would give on saving; the rules compare records by it. */
    private static void identify(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> keys(Runnable action) {
        return assertThrows(InvalidInput.class, action::run).errors().stream().map(FieldError::messageKey).toList();
    }

    private static List<String> fields(Runnable action) {
        return assertThrows(InvalidInput.class, action::run).errors().stream().map(FieldError::field).toList();
    }
}
