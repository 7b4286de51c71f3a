package org.homeward.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.platform.Role;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.junit.jupiter.api.Test;

/**
 * Which of a caseworker's moves go to a supervisor for approval, checked for every (from, to) against
 * a table written out by hand ({@code A}: asked of a supervisor, {@code .}: not: made at once, made by a
 * round only, or no such move), and when a request can still be decided.
 */
class ApprovalRulesTest {

    private static final RepatriationStatus[] ORDER = {
            RepatriationStatus.REPORTED, RepatriationStatus.LOCATED, RepatriationStatus.VERIFIED,
            RepatriationStatus.NOMINATED, RepatriationStatus.AGREED, RepatriationStatus.REPATRIATED,
            RepatriationStatus.REUNITED, RepatriationStatus.DECEASED, RepatriationStatus.CLOSED};

    //                                   to: REP  LOC  VER  NOM  AGR  RPT  REU  DEC  CLO
    private static final String[] CASEWORKER_ASKS = {
            /* REPORTED    */ "             .    .    A    .    .    A    A    A    A",
            /* LOCATED     */ "             .    .    .    .    .    A    A    A    A",
            /* VERIFIED    */ "             .    .    .    .    .    A    A    A    A",
            /* NOMINATED   */ "             .    .    .    .    .    .    .    A    A",
            /* AGREED      */ "             .    .    .    .    .    .    .    A    A",
            /* REPATRIATED */ "             .    .    .    .    .    .    .    .    A",
            /* REUNITED    */ "             .    .    .    .    .    .    .    .    A",
            /* DECEASED    */ "             A    A    A    .    .    A    .    .    A",
            /* CLOSED      */ "             A    .    .    .    .    .    .    .    .",
    };

    @Test
    void aCaseworkerAsksForExactlyTheMovesOnlyASupervisorMakesByHand() {
        List<String> wrong = new ArrayList<>();
        for (int row = 0; row < ORDER.length; row++) {
            String[] cells = CASEWORKER_ASKS[row].trim().split("\\s+");
            assertEquals(ORDER.length, cells.length, "row " + ORDER[row]);
            for (int column = 0; column < ORDER.length; column++) {
                boolean expected = cells[column].equals("A");
                boolean actual = ApprovalRules.needsApproval(ORDER[row], ORDER[column], Side.OWN, EnumSet.of(Role.CASEWORKER));
                if (expected != actual) {
                    wrong.add(ORDER[row] + " -> " + ORDER[column] + ": expected " + (expected ? "asked" : "not asked"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void supervisorsAndUsersWithoutACaseRoleNeverAsk() {
        for (Set<Role> roles : List.of(EnumSet.of(Role.SUPERVISOR), EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR),
                EnumSet.of(Role.PARTNER), EnumSet.of(Role.AUDITOR), EnumSet.of(Role.ADMIN), EnumSet.noneOf(Role.class))) {
            for (RepatriationStatus from : ORDER) {
                for (RepatriationStatus to : ORDER) {
                    assertFalse(ApprovalRules.needsApproval(from, to, Side.OWN, roles), roles + " " + from + " -> " + to);
                }
            }
        }
    }

    @Test
    void theOtherSidesPeopleAreNotReunitedSoThatIsNeverAsked() {
        assertTrue(ApprovalRules.needsApproval(RepatriationStatus.VERIFIED, RepatriationStatus.REPATRIATED, Side.HELD,
                EnumSet.of(Role.CASEWORKER)));
        assertFalse(ApprovalRules.needsApproval(RepatriationStatus.VERIFIED, RepatriationStatus.REUNITED, Side.HELD,
                EnumSet.of(Role.CASEWORKER)));
        assertFalse(ApprovalRules.needsApproval(RepatriationStatus.VERIFIED, null, Side.OWN, EnumSet.of(Role.CASEWORKER)));
    }

    @Test
    void aDeclineNeedsItsReasonAnApprovalDoesNot() {
        assertEquals(List.of(FieldError.of("reason", "approval.decline.reason.required")),
                ApprovalRules.decisionProblems(ApprovalDecision.DECLINE, null));
        assertEquals(List.of(FieldError.of("reason", "approval.decline.reason.required")),
                ApprovalRules.decisionProblems(ApprovalDecision.DECLINE, "   "));
        assertEquals(List.of(), ApprovalRules.decisionProblems(ApprovalDecision.DECLINE, "no death certificate yet"));
        assertEquals(List.of(), ApprovalRules.decisionProblems(ApprovalDecision.APPROVE, null));
        assertEquals(List.of(FieldError.of("decision", "approval.decision.required")),
                ApprovalRules.decisionProblems(null, "why"));
    }

    @Test
    void onlyAPendingRequestOnACaseStillWhereItWasCanBeDecided() {
        RepatriationStatus verified = RepatriationStatus.VERIFIED;
        assertEquals(Optional.empty(), ApprovalRules.refusal(ApprovalState.PENDING, verified, verified, null, null));
        assertEquals(Optional.of(FieldError.of("decision", "approval.refused.moved", RepatriationStatus.LOCATED, verified)),
                ApprovalRules.refusal(ApprovalState.PENDING, verified, RepatriationStatus.LOCATED, null, null));
        assertEquals(Optional.of(FieldError.of("decision", "approval.refused.stale", "DECEASED")),
                ApprovalRules.refusal(ApprovalState.STALE, verified, RepatriationStatus.DECEASED, "hq", RepatriationStatus.DECEASED));
        assertEquals(Optional.of(FieldError.of("decision", "approval.refused.approved", "supervisor")),
                ApprovalRules.refusal(ApprovalState.APPROVED, verified, RepatriationStatus.CLOSED, "supervisor", null));
        assertEquals(Optional.of(FieldError.of("decision", "approval.refused.declined", "hq")),
                ApprovalRules.refusal(ApprovalState.DECLINED, verified, verified, "hq", null));
    }
}
