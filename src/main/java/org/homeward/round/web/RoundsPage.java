package org.homeward.round.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.platform.Page;
import org.homeward.round.RoundService;
import org.homeward.round.RoundStatus;
import org.homeward.round.RoundViews.RoundRow;

/** The list of exchange rounds, newest talks first, filtered by status. */
@Named
@ViewScoped
public class RoundsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundService rounds;

    private RoundStatus status;
    private Page<RoundRow> page;

    public void search() {
        page = null;
    }

    public List<RoundRow> getRounds() {
        if (page == null) {
            page = rounds.list(status, 0, 200);
        }
        return page.items();
    }

    public RoundStatus[] getStatuses() {
        return RoundStatus.values();
    }

    public RoundStatus getStatus() {
        return status;
    }

    public void setStatus(RoundStatus status) {
        this.status = status;
    }
}
