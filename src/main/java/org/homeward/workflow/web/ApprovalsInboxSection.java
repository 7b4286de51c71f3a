package org.homeward.workflow.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.homeward.workflow.ApprovalState;
import org.homeward.workflow.ApprovalRecord;

/** The supervisor's approvals inbox on the home page: pending requests of their record scope, oldest first. */
@Named
@ViewScoped
public class ApprovalsInboxSection extends ApprovalSection {

    private static final long serialVersionUID = 1L;

    private List<ApprovalRecord> requests;

    public List<ApprovalRecord> getRequests() {
        if (requests == null) {
            requests = approvals.list(ApprovalState.PENDING);
        }
        return requests;
    }

    @Override
    protected String afterDecision(ApprovalRecord decided) {
        return "/index?faces-redirect=true";
    }

    @Override
    protected void refresh() {
        requests = null;
    }
}
