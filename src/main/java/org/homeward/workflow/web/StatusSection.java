package org.homeward.workflow.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.homeward.person.RepatriationStatus;
import org.homeward.platform.Language;
import org.homeward.workflow.ApprovalRecord;
import org.homeward.workflow.ClosingReason;
import org.homeward.workflow.RoundPlaces;
import org.homeward.workflow.RoundPlaces.RoundPlace;
import org.homeward.workflow.StatusChangeRecord;
import org.homeward.workflow.Transition;
import org.homeward.workflow.WorkflowService;

/**
 * The status section of the case page: where the person stands, the round holding them, the moves the
 * reader may make (a caseworker's move that needs a supervisor is sent for approval), the request
 * waiting for a supervisor (who may decide it here), and the history of every move. The page tells it
 * which case it shows ({@link #open}); the case's sources, offered as evidence, the page takes from the
 * case itself.
 */
@Named
@ViewScoped
public class StatusSection extends ApprovalSection {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowService workflow;

    @Inject
    RoundPlaces rounds;

    @Inject
    Language language;

    private Long caseId;
    private WorkflowService.StatusChoices choices;
    private List<StatusChangeRecord> history;
    // Read once per view; null is also an answer ("none"), so a flag says whether it was read
    // (Optional is not serializable, and the view travels between cluster nodes).
    private RoundPlace hold;
    private boolean holdRead;
    private ApprovalRecord pending;
    private boolean pendingRead;
    private RepatriationStatus to;
    private String reason;
    private ClosingReason closingReason;
    private Long sourceId;

    /** The case the section is about; nothing is read until the page asks. */
    public void open(Long caseId) {
        this.caseId = caseId;
    }

    /** Moves the case; on success the page is loaded afresh so every section shows the new status. */
    public String change() {
        long version = getChoices().version();
        return messages.submit("statusForm", () -> {
            WorkflowService.TransitionOutcome outcome = workflow.transition(caseId,
                    new Transition(to, reason, closingReason, sourceId, version));
            messages.info(outcome.pending() ? "approval.sent" : "status.changed",
                    messages.texts().get("RepatriationStatus." + to));
            return "/cases/case?faces-redirect=true&id=" + caseId;
        });
    }

    public WorkflowService.StatusChoices getChoices() {
        if (choices == null) {
            choices = workflow.choices(caseId);
        }
        return choices;
    }

    public List<StatusChangeRecord> getHistory() {
        if (history == null) {
            history = workflow.history(caseId, language.getLocale());
        }
        return history;
    }

    /** The request waiting for a supervisor on this case, if one is. */
    public ApprovalRecord getPending() {
        if (!pendingRead) {
            pending = approvals.openOn(caseId).orElse(null);
            pendingRead = true;
        }
        return pending;
    }

    @Override
    protected String afterDecision(ApprovalRecord decided) {
        return "/cases/case?faces-redirect=true&id=" + caseId;
    }

    @Override
    protected void refresh() {
        pending = null;
        pendingRead = false;
        choices = null;
        history = null;
    }

    public RoundPlace getHold() {
        if (!holdRead) {
            hold = rounds.holding(caseId).orElse(null);
            holdRead = true;
        }
        return hold;
    }

    /** The move chosen closes the case, so it asks for a closing reason. */
    public boolean isClosing() {
        return to == RepatriationStatus.CLOSED;
    }

    /**
     * The move chosen ends the work on the case (closed, or deceased) and is made at once, not sent for
     * approval: the page asks for a confirmation that says so before it is made. A request for approval
     * needs none here; the supervisor who approves it confirms there.
     */
    public boolean isFinal() {
        return (to == RepatriationStatus.CLOSED || to == RepatriationStatus.DECEASED)
                && getChoices().choices().stream().anyMatch(c -> c.to() == to && !c.approval());
    }

    /** What the confirmation of a final move says will happen, in the reader's language. */
    public String getFinalWarning() {
        return to == null ? "" : messages.texts().get("status.final." + to.name());
    }

    public ClosingReason[] getClosingReasons() {
        return ClosingReason.values();
    }

    public RepatriationStatus getTo() {
        return to;
    }

    public void setTo(RepatriationStatus to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ClosingReason getClosingReason() {
        return closingReason;
    }

    public void setClosingReason(ClosingReason closingReason) {
        this.closingReason = closingReason;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }
}
