package org.homeward.round;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.person.Category;
import org.homeward.person.Person;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;

/** What the round pages and the API show of rounds and their lists: transfer objects, never entities. */
public final class RoundViews {

    private RoundViews() {
    }

    /** A round in the list of rounds, with how many people it lists, has accepted and has exchanged. */
    public record RoundRow(long id, String name, RoundType type, RoundStatus status, String venue,
                               LocalDate talksDate, LocalDate plannedExchangeDate, LocalDate actualExchangeDate,
                               long version, long listed, long accepted, long exchanged) {
    }

    /** A round with everything about it but its list: terms, quotas, the balance per side and category. */
    public record RoundRecord(long id, String name, RoundType type, RoundStatus status, String venue, String mediators,
                              LocalDate talksDate, LocalDate plannedExchangeDate, LocalDate actualExchangeDate,
                              String terms, List<QuotaRow> quotas, long version, String createdBy, Instant createdAt,
                              List<RoundStatus> nextStatuses, boolean readyForExchange, List<BalanceLine> balance,
                              Parity parity) implements Serializable {
    }

    public record QuotaRow(Category category, Side side, int count) implements Serializable {
    }

    /**
     * The round's numbers for one side and category: the agreed quota (null when none was agreed), how
     * many are listed (withdrawn ones not counted), accepted (exchanged ones included), rejected,
     * undecided (proposed or postponed) and exchanged.
     */
    public record BalanceLine(Side side, Category category, Integer quota, long listed, long accepted, long rejected,
                              long undecided, long exchanged) implements Serializable {
    }

    /**
     * Whether the exchange is even: people we receive (side OWN) against people we hand over (HELD),
     * counting those exchanged once the round is completed and those accepted before.
     */
    public record Parity(long receiving, long handingOver, boolean even) implements Serializable {
    }

    /** One person on a round's list. */
    public record NominationRow(long id, long roundId, long personId, String caseNumber, String name,
                                 Category category, Side side, RepatriationStatus personStatus, Outcome outcome,
                                 String reason, String nominatedBy, Instant nominatedAt, String decidedBy,
                                 Instant decidedAt, long version, List<Outcome> nextOutcomes) implements Serializable {
    }

    /** The list as the caller may see it, and how many listed people are outside their record scope. */
    public record RoundList(List<NominationRow> nominations, long outsideScope) implements Serializable {
    }

    /**
     * What an action on the whole list (recording the exchange, cancelling) would do, for its
     * confirmation: the exchange's plan, how many people the round still holds (all of them go back when
     * it is cancelled), and how many of those are outside the caller's record scope (then the caller may
     * not act: the action moves everyone).
     */
    public record Preview(long receiving, long handingOver, long notExchanged, boolean atParity, long held,
                          long outsideScope) implements Serializable {

        static Preview of(ExchangePlan plan, long held, long outsideScope) {
            return new Preview(plan.receiving(), plan.handingOver(), plan.notExchanged(), plan.atParity(), held,
                    outsideScope);
        }
    }

    /** What recording an exchange did. */
    public record ExchangeResult(long roundId, RoundStatus status, LocalDate exchangedOn, int exchanged,
                                 int returned, long version) {
    }

    /** A side and category of a round's list: one line of its balance, in that order. */
    record Group(Side side, Category category) implements Comparable<Group> {
        @Override
        public int compareTo(Group other) {
            int bySide = side.compareTo(other.side);
            return bySide != 0 ? bySide : category.compareTo(other.category);
        }
    }

    /** The round with its quotas, and its balance from the tallies of its list per side and category. */
    static RoundRecord record(ExchangeRound round, Map<Group, Tally> counted) {
        List<QuotaRow> quotaViews = round.getQuotas().stream()
                .map(q -> new QuotaRow(q.getCategory(), q.getSide(), q.getCount()))
                .sorted(Comparator.comparing((QuotaRow q) -> new Group(q.side(), q.category()))).toList();
        Map<Group, Integer> quotas = new TreeMap<>();
        Map<Group, Tally> tallies = new TreeMap<>(counted);
        for (QuotaRow quota : quotaViews) {
            Group group = new Group(quota.side(), quota.category());
            quotas.put(group, quota.count());
            tallies.putIfAbsent(group, new Tally());
        }
        List<BalanceLine> balance = new ArrayList<>();
        Map<Side, Long> moving = new EnumMap<>(Side.class);
        tallies.forEach((group, t) -> {
            balance.add(new BalanceLine(group.side(), group.category(), quotas.get(group), t.listed(), t.accepted(),
                    t.rejected(), t.undecided(), t.exchanged()));
            moving.merge(group.side(), round.getStatus() == RoundStatus.COMPLETED ? t.exchanged() : t.accepted(), Long::sum);
        });
        long receiving = moving.getOrDefault(Side.OWN, 0L);
        long handingOver = moving.getOrDefault(Side.HELD, 0L);
        return new RoundRecord(round.getId(), round.getName(), round.getType(), round.getStatus(), round.getVenue(),
                round.getMediators(), round.getTalksDate(), round.getPlannedExchangeDate(), round.getActualExchangeDate(),
                round.getTerms(), quotaViews, round.getVersion(), round.getCreatedBy(), round.getCreatedAt(),
                List.copyOf(round.getStatus().next()), round.getStatus().readyForExchange(), balance,
                new Parity(receiving, handingOver, receiving == handingOver));
    }

    static RoundRow summary(ExchangeRound r, Tally t) {
        return new RoundRow(r.getId(), r.getName(), r.getType(), r.getStatus(), r.getVenue(), r.getTalksDate(),
                r.getPlannedExchangeDate(), r.getActualExchangeDate(), r.getVersion(), t.listed(), t.accepted(),
                t.exchanged());
    }

    static NominationRow view(Nomination nomination) {
        Person person = nomination.getPerson();
        String name = person.getNames().getFullName();
        List<Outcome> next = nomination.getRound().getStatus().isOpen()
                ? List.copyOf(nomination.getOutcome().next()) : List.of();
        return new NominationRow(nomination.getId(), nomination.getRound().getId(), person.getId(), person.getCaseNumber(),
                name, person.getCategory(), person.getSide(), person.getStatus(), nomination.getOutcome(),
                nomination.getReason(), nomination.getNominatedBy(), nomination.getNominatedAt(),
                nomination.getDecidedBy(), nomination.getDecidedAt(), nomination.getVersion(), next);
    }
}
