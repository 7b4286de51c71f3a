package org.homeward.round.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.person.Category;
import org.homeward.person.PersonRow;
import org.homeward.person.PersonSearch;
import org.homeward.person.PersonService;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.ErrorStatus;
import org.homeward.platform.web.PageMessages;
import org.homeward.round.Outcome;
import org.homeward.round.RoundService;
import org.homeward.round.RoundStatus;
import org.homeward.round.RoundType;
import org.homeward.round.RoundViews.ExchangeResult;
import org.homeward.round.RoundViews.Preview;
import org.homeward.round.RoundViews.RoundList;
import org.homeward.round.RoundViews.RoundRecord;

/**
 * One round: its terms, status and balance; its list with the outcome for each person; nominating from
 * the registry; and, for supervisors, deciding outcomes, moving the round through the talks and
 * recording the exchange.
 */
@Named
@ViewScoped
public class RoundPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundService rounds;

    @Inject
    PersonService persons;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private RoundRecord round;
    private RoundList list;

    private Side sideFilter;
    private Category categoryFilter;
    private Outcome outcomeFilter;
    private final Map<Long, Boolean> pickedNominations = new HashMap<>();
    private Outcome decision;
    private String decisionReason;

    private String q;
    private List<PersonRow> candidates;
    private final Map<Long, Boolean> pickedPeople = new HashMap<>();

    private RoundStatus nextStatus;
    private String statusReason;
    private LocalDate exchangeDate;

    /** What cannot be undone and waits for the supervisor's confirmation, if anything: and what it would do. */
    private enum Confirming { EXCHANGE, CANCEL }

    private Confirming confirming;
    private Preview preview;

    public void load() {
        if (round != null) {
            return;
        }
        if (id == null) {
            ErrorStatus.notFound("no round given");
            return;
        }
        try {
            round = rounds.get(id);
        } catch (NotFound notFound) {
            ErrorStatus.notFound("no such round");
        }
    }

    public void filter() {
        list = null;
        pickedNominations.clear();
    }

    /** Candidates from the registry: verified people, or remains for a remains exchange, matching the search. */
    public void searchCandidates() {
        RepatriationStatus ready = round.type() == RoundType.REMAINS_EXCHANGE ? null : RepatriationStatus.VERIFIED;
        candidates = persons.search(new PersonSearch(q, null, null, ready, null, null, null, null, null, 0, 50,
                PersonSearch.Order.NEWEST)).items();
        pickedPeople.clear();
    }

    public String nominate() {
        List<Long> ids = picked(pickedPeople);
        return messages.submit("nominateForm", () -> {
            int listed = rounds.nominate(id, ids).size();
            messages.info("round.nominated", listed);
            return reload();
        });
    }

    public String decide() {
        return messages.submit("listForm", () -> {
            int decided = rounds.decide(id, picked(pickedNominations), decision, decisionReason).size();
            messages.info("round.decided", decided);
            return reload();
        });
    }

    /** Moves the round; cancelling it is only asked here, and done once confirmed ({@link #cancelRound}). */
    public String moveRound() {
        if (nextStatus == RoundStatus.CANCELLED) {
            ask(Confirming.CANCEL);
            return null;
        }
        return messages.submit("roundStatusForm", () -> {
            RoundRecord moved = rounds.moveTo(id, nextStatus, statusReason, round.version());
            messages.info("round.statusChanged", messages.texts().get("RoundStatus." + moved.status()));
            return reload();
        });
    }

    public String cancelRound() {
        return messages.submit("cancelForm", () -> {
            RoundRecord moved = rounds.moveTo(id, RoundStatus.CANCELLED, statusReason, round.version());
            messages.info("round.statusChanged", messages.texts().get("RoundStatus." + moved.status()));
            return reload();
        });
    }

    /** Asks for the confirmation of the exchange, stating what it will do. */
    public void askExchange() {
        ask(Confirming.EXCHANGE);
    }

    /** The supervisor thought better of it: nothing is done. */
    public void back() {
        confirming = null;
        preview = null;
    }

    private void ask(Confirming what) {
        preview = rounds.preview(id);
        confirming = what;
    }

    public String recordExchange() {
        return messages.submit("exchangeConfirmForm", () -> {
            ExchangeResult result = rounds.recordExchange(id, round.version(), exchangeDate);
            messages.info("round.exchanged", result.exchanged(), result.returned());
            return reload();
        });
    }

    private String reload() {
        return "/rounds/round?faces-redirect=true&id=" + id;
    }

    private static List<Long> picked(Map<Long, Boolean> picks) {
        List<Long> ids = new ArrayList<>();
        picks.forEach((key, on) -> {
            if (Boolean.TRUE.equals(on)) {
                ids.add(key);
            }
        });
        return ids;
    }

    public boolean isConfirmingExchange() {
        return confirming == Confirming.EXCHANGE;
    }

    public boolean isConfirmingCancel() {
        return confirming == Confirming.CANCEL;
    }

    public Preview getPreview() {
        return preview;
    }

    /** Whether the supervisor sees everyone the action would move: only then may they confirm it. */
    public boolean isWholeListVisible() {
        return preview != null && preview.outsideScope() == 0;
    }

    public boolean isSupervisor() {
        return currentUser.hasRole(Role.SUPERVISOR);
    }

    public RoundList getList() {
        if (list == null) {
            list = rounds.nominations(id, sideFilter, categoryFilter, outcomeFilter);
        }
        return list;
    }

    /** The outcomes a user may apply to picked people: supervisors decide; caseworkers may withdraw proposals. */
    public List<Outcome> getDecisions() {
        return isSupervisor() ? List.of(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.POSTPONED, Outcome.WITHDRAWN)
                : List.of(Outcome.WITHDRAWN);
    }

    public Side[] getSides() {
        return Side.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public RoundRecord getRound() {
        return round;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Side getSideFilter() {
        return sideFilter;
    }

    public void setSideFilter(Side sideFilter) {
        this.sideFilter = sideFilter;
    }

    public Category getCategoryFilter() {
        return categoryFilter;
    }

    public void setCategoryFilter(Category categoryFilter) {
        this.categoryFilter = categoryFilter;
    }

    public Outcome getOutcomeFilter() {
        return outcomeFilter;
    }

    public void setOutcomeFilter(Outcome outcomeFilter) {
        this.outcomeFilter = outcomeFilter;
    }

    public Map<Long, Boolean> getPickedNominations() {
        return pickedNominations;
    }

    public Outcome getDecision() {
        return decision;
    }

    public void setDecision(Outcome decision) {
        this.decision = decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<PersonRow> getCandidates() {
        return candidates;
    }

    public Map<Long, Boolean> getPickedPeople() {
        return pickedPeople;
    }

    public RoundStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(RoundStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public LocalDate getExchangeDate() {
        return exchangeDate;
    }

    public void setExchangeDate(LocalDate exchangeDate) {
        this.exchangeDate = exchangeDate;
    }
}
