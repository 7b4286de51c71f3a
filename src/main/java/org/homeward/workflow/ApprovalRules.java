package org.homeward.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.platform.Role;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;

/**
 * Which moves a caseworker asks a supervisor for, and when a request can still be decided (product
 * rule "Repatriation status": caseworkers propose; agreed, repatriated, deceased and closed, skips and
 * reopening need a supervisor). Plain Java, no container.
 */
public final class ApprovalRules {

    private ApprovalRules() {
    }

    /**
     * Whether a move by hand that these roles may not make themselves can be asked of a supervisor:
     * the move exists, is made by hand (not only by an exchange round), needs a supervisor, and the
     * user is a caseworker who is not a supervisor.
     */
    public static boolean needsApproval(RepatriationStatus from, RepatriationStatus to, Side side, Set<Role> roles) {
        if (to == null || !roles.contains(Role.CASEWORKER) || roles.contains(Role.SUPERVISOR)) {
            return false;
        }
        return StatusRules.kind(from, to, side)
                .filter(kind -> kind != StatusRules.Kind.ROUND && kind.supervisorOnly())
                .isPresent();
    }

    /** What is wrong with a decision as given: none chosen, or a decline without its reason. */
    public static List<FieldError> decisionProblems(ApprovalDecision decision, String reason) {
        List<FieldError> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(FieldError.of("decision", "approval.decision.required"));
        } else if (decision == ApprovalDecision.DECLINE && (reason == null || reason.isBlank())) {
            problems.add(FieldError.of("reason", "approval.decline.reason.required"));
        }
        return problems;
    }

    /**
     * Why a request can no longer be decided, if it cannot: decided already, closed as stale, or (should
     * the case have moved without the request noticing) the case is no longer where it was when asked.
     * The message key's arguments are the state's particulars.
     */
    public static Optional<FieldError> refusal(ApprovalState state, RepatriationStatus askedFrom, RepatriationStatus now,
                                               String decidedBy, RepatriationStatus movedTo) {
        return switch (state) {
            case APPROVED -> Optional.of(FieldError.of("decision", "approval.refused.approved", String.valueOf(decidedBy)));
            case DECLINED -> Optional.of(FieldError.of("decision", "approval.refused.declined", String.valueOf(decidedBy)));
            case STALE -> Optional.of(FieldError.of("decision", "approval.refused.stale", String.valueOf(movedTo)));
            case PENDING -> now == askedFrom ? Optional.empty()
                    : Optional.of(FieldError.of("decision", "approval.refused.moved", now, askedFrom));
        };
    }
}
