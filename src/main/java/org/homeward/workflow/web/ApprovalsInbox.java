package org.homeward.workflow.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.homeward.workflow.ApprovalState;
import org.homeward.workflow.ApprovalView;

/** The supervisor's approvals inbox on the home page: pending requests of their record scope, oldest first. */
@Named
@ViewScoped
public class ApprovalsInbox extends ApprovalDesk {

    private static final long serialVersionUID = 1L;

    private List<ApprovalView> requests;

    public List<ApprovalView> getRequests() {
        if (requests == null) {
            requests = approvals.list(ApprovalState.PENDING);
        }
        return requests;
    }

    @Override
    protected String afterDecision(ApprovalView decided) {
        return "/index?faces-redirect=true";
    }

    @Override
    protected void refresh() {
        requests = null;
    }
}
