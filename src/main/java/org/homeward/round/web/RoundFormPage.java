package org.homeward.round.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.ErrorStatus;
import org.homeward.platform.web.PageMessages;
import org.homeward.round.RoundDetails;
import org.homeward.round.RoundService;
import org.homeward.round.RoundType;
import org.homeward.round.RoundViews.QuotaRow;
import org.homeward.round.RoundViews.RoundRecord;

/** Creating a round, or revising one: name, type, venue, mediators, dates, terms and quotas. */
@Named
@ViewScoped
public class RoundFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundService rounds;

    @Inject
    PageMessages messages;

    private Long id;
    private long version;
    private RoundDetails details;

    public void load() {
        if (details != null) {
            return;
        }
        details = new RoundDetails();
        if (id == null) {
            return;
        }
        try {
            RoundRecord round = rounds.get(id);
            version = round.version();
            details.setName(round.name());
            details.setType(round.type());
            details.setVenue(round.venue());
            details.setMediators(round.mediators());
            details.setTalksDate(round.talksDate());
            details.setPlannedExchangeDate(round.plannedExchangeDate());
            details.setTerms(round.terms());
            for (QuotaRow quota : round.quotas()) {
                details.getQuotas().add(new RoundDetails.QuotaLine(quota.category(), quota.side(), quota.count()));
            }
        } catch (NotFound notFound) {
            ErrorStatus.notFound("no such round");
        }
    }

    public String save() {
        return messages.submit("roundForm", () -> {
            RoundRecord saved = id == null ? rounds.create(details) : rounds.revise(id, details, version);
            messages.info(id == null ? "round.created" : "round.saved", saved.name());
            return "/rounds/round?faces-redirect=true&id=" + saved.id();
        });
    }

    public void addQuota() {
        details.getQuotas().add(new RoundDetails.QuotaLine());
    }

    public void removeQuota(RoundDetails.QuotaLine line) {
        details.getQuotas().remove(line);
    }

    public RoundType[] getTypes() {
        return RoundType.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Side[] getSides() {
        return Side.values();
    }

    public RoundDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
