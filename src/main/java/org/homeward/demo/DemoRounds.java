package org.homeward.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.homeward.audit.ChangeReason;
import org.homeward.person.Category;
import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.round.ExchangeRound;
import org.homeward.round.Nomination;
import org.homeward.round.Outcome;
import org.homeward.round.RoundDetails;
import org.homeward.round.RoundStatus;
import org.homeward.round.RoundType;
import org.homeward.round.StatusMoves;
import org.homeward.workflow.ClosingReason;
import org.homeward.workflow.StatusLedger;

/**
 * The exchange rounds of the demo setting, with their lists and outcomes, over the demo caseload: the
 * Istanbul talks of 2025 (round 1 in May: 1,000 for 1,000; round 2 in June: the seriously wounded, the
 * young and 6,000 bodies for 6,000; round 3 in July, agreed and waiting for its exchange), an exchange of
 * remains, and a list of children to be returned, still under negotiation. The people on them went
 * through the workflow as caseworkers would have moved them (located, verified), and the rest of the
 * caseload is spread over the statuses so every page has something to show. Made once, from a seed.
 */
@ApplicationScoped
public class DemoRounds {

    private static final String SUPERVISOR = "hq";

    /** The largest registry the demo rounds are made over: the demo caseload is 300 people. */
    private static final long MAX_CASELOAD = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    StatusLedger ledger;

    @Inject
    ChangeReason changeReason;

    private record Plan(String name, RoundType type, String venue, String mediators, LocalDate talks,
                        LocalDate planned, String terms) {
    }

    /** Creates the demo rounds if there are none yet; returns how many it created. */
    @Transactional
    public int install(long seed) {
        if (em.createQuery("select count(r) from ExchangeRound r", Long.class).getSingleResult() > 0) {
            return 0;
        }
        // Over the demo caseload only: a registry of another size (a benchmark's million) is left as it is.
        long registered = em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
        if (registered == 0 || registered > MAX_CASELOAD) {
            return 0;
        }
        changeReason.set("demo installation");
        List<Person> people = em.createQuery("select p from Person p join fetch p.office order by p.registeredAt, p.id",
                Person.class).getResultList();
        SplittableRandom random = new SplittableRandom(seed);
        Set<Person> used = new HashSet<>();

        Plan first = new Plan("Istanbul talks, round 1", RoundType.POW_EXCHANGE, "Istanbul, Dolmabahçe Palace",
                "Türkiye", LocalDate.of(2025, 5, 16), LocalDate.of(2025, 5, 23), "1,000 for 1,000");
        ExchangeRound round1 = round(first, 1000, 1000);
        list(round1, first, pick(people, used, pow(Side.OWN), first.talks(), 10), 1, 0);
        list(round1, first, pick(people, used, pow(Side.HELD), first.talks(), 10), 0, 0);
        exchange(round1, first.planned().plusDays(2));

        Plan second = new Plan("Istanbul talks, round 2", RoundType.POW_EXCHANGE, "Istanbul, Çırağan Palace", "Türkiye",
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 9),
                "All seriously wounded and seriously ill; all aged 18–25; 6,000 bodies for 6,000");
        ExchangeRound round2 = round(second, null, null);
        list(round2, second, pick(people, used, pow(Side.OWN).and(p -> p.getHealth().isSeriouslyWounded() || random.nextInt(3) == 0),
                second.talks(), 8), 0, 1);
        list(round2, second, pick(people, used, pow(Side.HELD), second.talks(), 8), 0, 0);
        exchange(round2, second.planned());

        Plan remains = new Plan("Exchange of remains, June 2025", RoundType.REMAINS_EXCHANGE, "Border crossing, Sumy oblast",
                "Türkiye, ICRC", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 11), "6,000 bodies for 6,000 (first stage)");
        ExchangeRound remainsRound = round(remains, null, null);
        list(remainsRound, remains, pick(people, used, p -> p.getCategory() == Category.REMAINS, remains.talks(), 8), 0, 0);
        exchange(remainsRound, remains.planned().plusDays(2));

        Plan third = new Plan("Istanbul talks, round 3", RoundType.POW_EXCHANGE, "Istanbul, Çırağan Palace", "Türkiye",
                LocalDate.of(2025, 7, 23), LocalDate.of(2025, 8, 14), "1,200 for 1,200");
        ExchangeRound round3 = round(third, 1200, 1200);
        list(round3, third, pick(people, used, pow(Side.OWN), third.talks(), 8), 1, 1);
        list(round3, third, pick(people, used, pow(Side.HELD), third.talks(), 8), 0, 1);

        Plan children = new Plan("Return of children: list of 339", RoundType.CHILD_RETURN, "Istanbul",
                "Türkiye, Qatar", LocalDate.of(2025, 6, 2), null, "339 children named by Ukraine");
        ExchangeRound childRound = round(children, null, null);
        childRound.moveTo(RoundStatus.NEGOTIATING, null, List.of(), SUPERVISOR, at(children.talks(), 10), nobodyMoves());
        List<Person> listedChildren = pick(people, used, p -> p.getCategory() == Category.CHILD && p.getSide() == Side.OWN,
                children.talks(), 10);
        nominate(childRound, children, listedChildren);
        for (int i = 0; i < listedChildren.size() / 3; i++) {
            accept(childRound, nominationOf(childRound, listedChildren.get(i)),
                    children.talks().plusDays(20));
        }

        spreadTheRest(people, used, random);
        em.flush();
        return 5;
    }

    private static Predicate<Person> pow(Side side) {
        return p -> p.getCategory() == Category.POW && p.getSide() == side;
    }

    private ExchangeRound round(Plan plan, Integer ownQuota, Integer heldQuota) {
        RoundDetails details = new RoundDetails();
        details.setName(plan.name());
        details.setType(plan.type());
        details.setVenue(plan.venue());
        details.setMediators(plan.mediators());
        details.setTalksDate(plan.talks());
        details.setPlannedExchangeDate(plan.planned());
        details.setTerms(plan.terms());
        if (ownQuota != null) {
            details.getQuotas().add(new RoundDetails.QuotaLine(Category.POW, Side.OWN, ownQuota));
            details.getQuotas().add(new RoundDetails.QuotaLine(Category.POW, Side.HELD, heldQuota));
        }
        ExchangeRound round = new ExchangeRound(details, SUPERVISOR, at(plan.talks().minusDays(10), 9));
        em.persist(round);
        return round;
    }

    /** People registered well before the talks, not on another demo round, that fit. */
    private static List<Person> pick(List<Person> people, Set<Person> used, Predicate<Person> fits, LocalDate talks, int count) {
        Instant before = at(talks.minusDays(30), 0);
        List<Person> picked = new ArrayList<>();
        for (Person person : people) {
            if (picked.size() == count) {
                break;
            }
            if (!used.contains(person) && person.getRegisteredAt().isBefore(before) && fits.test(person)) {
                picked.add(person);
                used.add(person);
            }
        }
        return picked;
    }

    /**
     * Verifies and lists the people, then the talks decide: the first {@code rejected} are refused by the
     * other side, the next {@code undecided} left open, everyone else accepted.
     */
    private void list(ExchangeRound round, Plan plan, List<Person> people, int rejected, int undecided) {
        if (round.getStatus() == RoundStatus.PLANNED) {
            round.moveTo(RoundStatus.NEGOTIATING, null, List.of(), SUPERVISOR, at(plan.talks(), 10), nobodyMoves());
        }
        nominate(round, plan, people);
        LocalDate decided = plan.talks().plusDays(3);
        for (int i = 0; i < people.size(); i++) {
            Nomination nomination = nominationOf(round, people.get(i));
            if (i < rejected) {
                round.decide(List.of(nomination), Outcome.REJECTED, "not on the other side's list", SUPERVISOR,
                        at(decided, 15), movesOf(round, at(decided, 15)));
            } else if (i >= rejected + undecided) {
                accept(round, nomination, decided);
            }
        }
        if (round.getStatus() == RoundStatus.NEGOTIATING) {
            round.moveTo(RoundStatus.AGREED, null, List.of(), SUPERVISOR, at(decided, 16), nobodyMoves());
        }
    }

    private void nominate(ExchangeRound round, Plan plan, List<Person> people) {
        people.forEach(person -> verify(person, plan.talks()));
        Instant listedAt = at(plan.talks(), 11);
        round.list(people, Map.of(), Map.of(), SUPERVISOR, listedAt, movesOf(round, listedAt)).forEach(em::persist);
        em.flush();
    }

    /** The round's moves as made then, by the demo's supervisor. */
    private StatusMoves movesOf(ExchangeRound round, Instant at) {
        return (person, to, reason) -> ledger.moveByRound(person, to, reason, round.getId(), SUPERVISOR, at);
    }

    /** Moving a round through the talks moves nobody. */
    private static StatusMoves nobodyMoves() {
        return (person, to, reason) -> {
            throw new IllegalStateException("the talks alone move nobody");
        };
    }

    private Nomination nominationOf(ExchangeRound round, Person person) {
        return em.createQuery("select n from Nomination n where n.round = :round and n.person = :person", Nomination.class)
                .setParameter("round", round).setParameter("person", person).getSingleResult();
    }

    private void accept(ExchangeRound round, Nomination nomination, LocalDate on) {
        round.decide(List.of(nomination), Outcome.ACCEPTED, null, SUPERVISOR, at(on, 14), movesOf(round, at(on, 14)));
    }

    private void exchange(ExchangeRound round, LocalDate on) {
        List<Nomination> held = em.createNamedQuery("Nomination.heldBy", Nomination.class).setParameter("round", round)
                .getResultList();
        round.recordExchange(held, on, on, SUPERVISOR, at(on, 17), movesOf(round, at(on, 17)));
    }

    /** Located and verified by the office's caseworker between registration and the talks. */
    private void verify(Person person, LocalDate talks) {
        Instant registered = person.getRegisteredAt();
        long span = Duration.between(registered, at(talks, 0)).toMinutes();
        String caseworker = caseworkerOf(person);
        if (person.getStatus() == RepatriationStatus.REPORTED) {
            ledger.recordMade(person, RepatriationStatus.LOCATED, "ICRC visit confirmed the place of detention", null,
                    null, caseworker, registered.plus(Duration.ofMinutes(span / 3)));
        }
        if (person.getStatus() == RepatriationStatus.LOCATED) {
            ledger.recordMade(person, RepatriationStatus.VERIFIED, "Identity checked against the military ID", null,
                    null, caseworker, registered.plus(Duration.ofMinutes(span * 2 / 3)));
        }
    }

    /**
     * The rest of the caseload at the stages a real caseload shows: about a third still as reported, the
     * others located or verified, a few confirmed dead, a few home without a round, and one duplicate closed.
     */
    private void spreadTheRest(List<Person> people, Set<Person> used, SplittableRandom random) {
        int deceased = 0;
        int home = 0;
        int duplicates = 0;
        for (Person person : people) {
            if (used.contains(person)) {
                continue;
            }
            String caseworker = caseworkerOf(person);
            Instant first = person.getRegisteredAt().plus(Duration.ofDays(5 + random.nextInt(40)));
            int roll = random.nextInt(100);
            if (roll < 35) {
                continue;
            }
            ledger.recordMade(person, RepatriationStatus.LOCATED, "Whereabouts confirmed by the other side's list", null,
                    null, caseworker, first);
            if (roll < 60) {
                continue;
            }
            ledger.recordMade(person, RepatriationStatus.VERIFIED, "Identity checked against documents", null, null,
                    caseworker, first.plus(Duration.ofDays(10)));
            boolean living = person.getCategory() != Category.REMAINS;
            if (living && person.getCategory() == Category.POW && deceased < 3 && roll > 95) {
                ledger.recordMade(person, RepatriationStatus.DECEASED, "Death in custody reported by the ICRC", null, null,
                        SUPERVISOR, first.plus(Duration.ofDays(40)));
                deceased++;
            } else if (living && person.getSide() == Side.OWN && person.getCategory() == Category.CIVILIAN && home < 3
                    && roll > 85) {
                ledger.recordMade(person, RepatriationStatus.REPATRIATED, "Released unilaterally and crossed at the border",
                        null, null, SUPERVISOR, first.plus(Duration.ofDays(30)));
                ledger.recordMade(person, RepatriationStatus.REUNITED, "Met by the family in Chernihiv", null, null,
                        caseworker, first.plus(Duration.ofDays(31)));
                home++;
            } else if (duplicates < 1 && roll > 98) {
                ledger.recordMade(person, RepatriationStatus.CLOSED, "Registered twice; the earlier case carries on",
                        ClosingReason.DUPLICATE, null, SUPERVISOR, first.plus(Duration.ofDays(12)));
                duplicates++;
            }
        }
    }

    private static String caseworkerOf(Person person) {
        return switch (person.getOffice().getCode()) {
            case "KHARKIV" -> "caseworker2";
            case "HQ" -> SUPERVISOR;
            default -> "caseworker";
        };
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }
}
