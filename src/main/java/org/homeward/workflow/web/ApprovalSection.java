package org.homeward.workflow.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.homeward.platform.web.PageMessages;
import org.homeward.workflow.ApprovalDecision;
import org.homeward.workflow.ApprovalService;
import org.homeward.workflow.ApprovalRecord;

/**
 * Deciding a request for approval on a page, in two steps: the supervisor picks approve or decline on
 * a request, then confirms with a reason (required to decline, optional to approve). The confirmation
 * is the check before a case changes. Shared by the inbox on the home page and the case page
 * ({@code WEB-INF/includes/approval-decision.xhtml}).
 */
public abstract class ApprovalSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApprovalService approvals;

    @Inject
    PageMessages messages;

    private ApprovalRecord deciding;
    private ApprovalDecision decision;
    private String decisionReason;

    /** First step: the request and what the supervisor means to decide. */
    public void start(ApprovalRecord request, ApprovalDecision chosen) {
        this.deciding = request;
        this.decision = chosen;
        this.decisionReason = null;
    }

    public void cancel() {
        deciding = null;
        decision = null;
        decisionReason = null;
    }

    /** Second step: the decision is made; on success the page is loaded afresh and says what happened. */
    public String confirm() {
        if (deciding == null) {
            return null;
        }
        return messages.submit("decisionForm", () -> {
            ApprovalRecord decided = approvals.decide(deciding.id(), decision, decisionReason);
            messages.info(decision == ApprovalDecision.APPROVE ? "approval.approved" : "approval.declined",
                    decided.caseNumber());
            cancel();
            return afterDecision(decided);
        }, () -> {
            // Decided or gone stale meanwhile: the dialog about it closes and the inbox shows it as it is now.
            cancel();
            refresh();
        });
    }

    /** Where the page goes once a decision is made (post-redirect-get). */
    protected abstract String afterDecision(ApprovalRecord decided);

    /** Forgets what the page read, after a refusal that says the request or the case changed meanwhile. */
    protected abstract void refresh();

    public ApprovalRecord getDeciding() {
        return deciding;
    }

    public ApprovalDecision getDecision() {
        return decision;
    }

    public boolean isApproving() {
        return decision == ApprovalDecision.APPROVE;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }
}
