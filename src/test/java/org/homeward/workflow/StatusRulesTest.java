package org.homeward.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homeward.platform.Role;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.junit.jupiter.api.Test;

/**
 * Every (from, to, role) combination of the repatriation workflow against a table written out by hand
 * from the product rules. A cell says who may make the move by hand: {@code .} nobody, {@code R} only an
 * exchange round, {@code c} caseworkers and supervisors, {@code s} supervisors only; a {@code *} means a
 * reason is required.
 */
class StatusRulesTest {

    private static final RepatriationStatus[] ORDER = {
            RepatriationStatus.REPORTED, RepatriationStatus.LOCATED, RepatriationStatus.VERIFIED,
            RepatriationStatus.NOMINATED, RepatriationStatus.AGREED, RepatriationStatus.REPATRIATED,
            RepatriationStatus.REUNITED, RepatriationStatus.DECEASED, RepatriationStatus.CLOSED};

    //                                   to: REP  LOC  VER  NOM  AGR  RPT  REU  DEC  CLO
    private static final String[] OWN = {
            /* REPORTED    */ "             .    c    s*   .    .    s*   s*   s*   s*",
            /* LOCATED     */ "             c*   .    c    .    .    s*   s*   s*   s*",
            /* VERIFIED    */ "             c*   c*   .    R    .    s*   s*   s*   s*",
            /* NOMINATED   */ "             .    .    R    .    R    .    .    s*   s*",
            /* AGREED      */ "             .    .    R    R    .    R    .    s*   s*",
            /* REPATRIATED */ "             .    .    .    .    .    .    c    .    s*",
            /* REUNITED    */ "             .    .    .    .    .    .    .    .    s*",
            /* DECEASED    */ "             s*   s*   s*   R    .    s    .    .    s*",
            /* CLOSED      */ "             s*   .    .    .    .    .    .    .    .",
    };

    private static final List<Set<Role>> CALLERS = List.of(
            EnumSet.of(Role.CASEWORKER), EnumSet.of(Role.SUPERVISOR), EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR),
            EnumSet.of(Role.PARTNER), EnumSet.of(Role.AUDITOR), EnumSet.of(Role.ADMIN), EnumSet.noneOf(Role.class));

    @Test
    void everyMoveOfAnOwnNationalForEveryRoleIsAsTheTableSays() {
        checkTable(Side.OWN);
    }

    @Test
    void theOtherSidesPeopleAreNeverReunitedButOtherwiseMoveTheSameWay() {
        checkTable(Side.HELD);
    }

    private static void checkTable(Side side) {
        List<String> wrong = new ArrayList<>();
        for (int row = 0; row < ORDER.length; row++) {
            String[] cells = OWN[row].trim().split("\\s+");
            assertEquals(ORDER.length, cells.length, "row " + ORDER[row]);
            for (int column = 0; column < ORDER.length; column++) {
                RepatriationStatus from = ORDER[row];
                RepatriationStatus to = ORDER[column];
                String cell = side == Side.HELD && to == RepatriationStatus.REUNITED ? "." : cells[column];
                for (Set<Role> roles : CALLERS) {
                    boolean expected = cell.startsWith("c") && (roles.contains(Role.CASEWORKER) || roles.contains(Role.SUPERVISOR))
                            || cell.startsWith("s") && roles.contains(Role.SUPERVISOR);
                    if (StatusRules.mayMove(from, to, side, roles) != expected) {
                        wrong.add(from + "->" + to + " by " + roles + ": expected " + (expected ? "allowed" : "refused"));
                    }
                    if (StatusRules.offered(from, side, roles).contains(to) != expected) {
                        wrong.add(from + "->" + to + " by " + roles + ": offered should be " + expected);
                    }
                }
                if (StatusRules.byRoundOnly(from, to, side) != cell.equals("R")) {
                    wrong.add(from + "->" + to + ": round only should be " + cell.equals("R"));
                }
                if (StatusRules.needsReason(from, to, side) != cell.endsWith("*")) {
                    wrong.add(from + "->" + to + ": reason required should be " + cell.endsWith("*"));
                }
                if (StatusRules.kind(from, to, side).isPresent() != !cell.equals(".")) {
                    wrong.add(from + "->" + to + ": exists should be " + !cell.equals("."));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aBackwardMoveWithoutAReasonIsRefusedNamingTheReasonField() {
        List<FieldError> problems = StatusRules.problems(RepatriationStatus.VERIFIED, RepatriationStatus.LOCATED,
                Side.OWN, "  ", null);
        assertEquals(List.of("reason"), problems.stream().map(FieldError::field).toList());
        assertEquals("transition.reason.required", problems.get(0).messageKey());
    }

    @Test
    void closingNeedsAClosingReasonAndCompletedOnlyAfterTheJourneyHome() {
        assertEquals(List.of("closingReason"), fields(StatusRules.problems(RepatriationStatus.LOCATED,
                RepatriationStatus.CLOSED, Side.OWN, "family withdrew", null)));
        assertEquals(List.of("closingReason"), fields(StatusRules.problems(RepatriationStatus.LOCATED,
                RepatriationStatus.CLOSED, Side.OWN, "done", ClosingReason.COMPLETED)));
        assertEquals(List.of(), StatusRules.problems(RepatriationStatus.REUNITED, RepatriationStatus.CLOSED, Side.OWN,
                "home with his family", ClosingReason.COMPLETED));
        assertEquals(List.of("closingReason"), fields(StatusRules.problems(RepatriationStatus.REPORTED,
                RepatriationStatus.LOCATED, Side.OWN, null, ClosingReason.DUPLICATE)));
    }

    @Test
    void movesOnlyARoundMakesAreRefusedByHandWithThatExplanation() {
        List<FieldError> problems = StatusRules.problems(RepatriationStatus.VERIFIED, RepatriationStatus.NOMINATED,
                Side.OWN, "on the list", null);
        assertEquals("transition.roundOnly", problems.get(0).messageKey());
        assertTrue(StatusRules.problems(RepatriationStatus.REPORTED, RepatriationStatus.REPORTED, Side.OWN, null, null)
                .get(0).messageKey().equals("transition.same"));
        assertEquals("transition.reunitedHeld", StatusRules.problems(RepatriationStatus.REPATRIATED,
                RepatriationStatus.REUNITED, Side.HELD, null, null).get(0).messageKey());
        assertEquals("transition.none", StatusRules.problems(RepatriationStatus.REUNITED,
                RepatriationStatus.LOCATED, Side.OWN, "x", null).get(0).messageKey());
    }

    private static List<String> fields(List<FieldError> problems) {
        return problems.stream().map(FieldError::field).toList();
    }
}
