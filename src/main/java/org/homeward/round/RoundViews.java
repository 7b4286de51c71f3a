package org.homeward.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.person.Category;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;

/** What the round pages and the API show of rounds and their lists: transfer objects, never entities. */
public final class RoundViews {

    private RoundViews() {
    }

    /** A round in the list of rounds, with how many people it lists, has accepted and has exchanged. */
    public record RoundSummary(long id, String name, RoundType type, RoundStatus status, String venue,
                               LocalDate talksDate, LocalDate plannedExchangeDate, LocalDate actualExchangeDate,
                               long version, long listed, long accepted, long exchanged) {
    }

    /** A round with everything about it but its list: terms, quotas, the balance per side and category. */
    public record RoundRecord(long id, String name, RoundType type, RoundStatus status, String venue, String mediators,
                              LocalDate talksDate, LocalDate plannedExchangeDate, LocalDate actualExchangeDate,
                              String terms, List<QuotaView> quotas, long version, String createdBy, Instant createdAt,
                              List<RoundStatus> nextStatuses, boolean readyForExchange, List<BalanceLine> balance,
                              Parity parity) {
    }

    public record QuotaView(Category category, Side side, int count) {
    }

    /**
     * The round's numbers for one side and category: the agreed quota (null when none was agreed), how
     * many are listed (withdrawn ones not counted), accepted (exchanged ones included), rejected,
     * undecided (proposed or postponed) and exchanged.
     */
    public record BalanceLine(Side side, Category category, Integer quota, long listed, long accepted, long rejected,
                              long undecided, long exchanged) {
    }

    /**
     * Whether the exchange is even: people we receive (side OWN) against people we hand over (HELD),
     * counting those exchanged once the round is completed and those accepted before.
     */
    public record Parity(long receiving, long handingOver, boolean even) {
    }

    /** One person on a round's list. */
    public record NominationView(long id, long roundId, long personId, String caseNumber, String name,
                                 Category category, Side side, RepatriationStatus personStatus, Outcome outcome,
                                 String reason, String nominatedBy, Instant nominatedAt, String decidedBy,
                                 Instant decidedAt, long version, List<Outcome> nextOutcomes) {
    }

    /** The list as the caller may see it, and how many listed people are outside their record scope. */
    public record RoundList(List<NominationView> nominations, long outsideScope) {
    }

    /** The round currently holding a person, as the case page names it. */
    public record Hold(long roundId, String roundName, RoundStatus roundStatus, long nominationId, Outcome outcome) {
    }

    /** What recording an exchange did. */
    public record ExchangeResult(long roundId, RoundStatus status, LocalDate exchangedOn, int exchanged,
                                 int returned, long version) {
    }
}
