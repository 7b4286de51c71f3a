package org.homeward.workflow;

import static org.homeward.person.RepatriationStatus.AGREED;
import static org.homeward.person.RepatriationStatus.CLOSED;
import static org.homeward.person.RepatriationStatus.DECEASED;
import static org.homeward.person.RepatriationStatus.LOCATED;
import static org.homeward.person.RepatriationStatus.NOMINATED;
import static org.homeward.person.RepatriationStatus.REPATRIATED;
import static org.homeward.person.RepatriationStatus.REPORTED;
import static org.homeward.person.RepatriationStatus.REUNITED;
import static org.homeward.person.RepatriationStatus.VERIFIED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.platform.Role;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;

/**
 * The repatriation workflow as rules, with no container: which moves between statuses exist, who may
 * make each, and which need a reason (product rule "Repatriation status").
 * <ul>
 * <li>Caseworkers move a case forward one step (reported → located → verified; repatriated → reunited)
 * and back among the first three with a reason.</li>
 * <li>{@code REPATRIATED}, {@code DECEASED} and {@code CLOSED} need a supervisor. So does skipping a
 * step, always with a reason.</li>
 * <li>{@code NOMINATED} and {@code AGREED} are the states of a person on an exchange round's list: only
 * the round moves people into, between and out of them (nominating, accepting, postponing, rejecting,
 * withdrawing, recording the exchange). By hand, a nominated or agreed person can only be declared
 * dead or have the case closed; the round then loses them.</li>
 * <li>For side {@code HELD} (the other side's people in our custody), {@code REUNITED} does not apply.</li>
 * </ul>
 */
public final class StatusRules {

    /** The kind of move, which decides who may make it and whether a reason is required. */
    public enum Kind {
        /** One step on the way home. */
        FORWARD(false, false),
        /** Back to an earlier state: the earlier information proved wrong. */
        BACKWARD(false, true),
        /** Forward past one or more steps (a unilateral release, a return outside any round). */
        SKIP(true, true),
        /** Confirmed dead: the case continues as the repatriation of remains. */
        DECEASE(true, true),
        CLOSE(true, true),
        /** A closed case taken up again. */
        REOPEN(true, true),
        /** A forward step that needs a supervisor's approval. */
        APPROVAL(true, false),
        /** Moves made by an exchange round's list, never by hand. */
        ROUND(false, false);

        private final boolean supervisorOnly;
        private final boolean reasonRequired;

        Kind(boolean supervisorOnly, boolean reasonRequired) {
            this.supervisorOnly = supervisorOnly;
            this.reasonRequired = reasonRequired;
        }

        public boolean supervisorOnly() {
            return supervisorOnly;
        }

        public boolean reasonRequired() {
            return reasonRequired;
        }
    }

    private static final Map<RepatriationStatus, Map<RepatriationStatus, Kind>> MOVES = new EnumMap<>(RepatriationStatus.class);

    static {
        move(REPORTED, LOCATED, Kind.FORWARD);
        move(REPORTED, VERIFIED, Kind.SKIP);
        move(REPORTED, REPATRIATED, Kind.SKIP);
        move(REPORTED, REUNITED, Kind.SKIP);

        move(LOCATED, REPORTED, Kind.BACKWARD);
        move(LOCATED, VERIFIED, Kind.FORWARD);
        move(LOCATED, REPATRIATED, Kind.SKIP);
        move(LOCATED, REUNITED, Kind.SKIP);

        move(VERIFIED, REPORTED, Kind.BACKWARD);
        move(VERIFIED, LOCATED, Kind.BACKWARD);
        move(VERIFIED, NOMINATED, Kind.ROUND);
        move(VERIFIED, REPATRIATED, Kind.SKIP);
        move(VERIFIED, REUNITED, Kind.SKIP);

        move(NOMINATED, VERIFIED, Kind.ROUND);
        move(NOMINATED, AGREED, Kind.ROUND);

        move(AGREED, NOMINATED, Kind.ROUND);
        move(AGREED, VERIFIED, Kind.ROUND);
        move(AGREED, REPATRIATED, Kind.ROUND);

        move(REPATRIATED, REUNITED, Kind.FORWARD);

        // Remains: a confirmed death can prove wrong; remains go home on a round or, by a supervisor, outside one.
        move(DECEASED, REPORTED, Kind.REOPEN);
        move(DECEASED, LOCATED, Kind.REOPEN);
        move(DECEASED, VERIFIED, Kind.REOPEN);
        move(DECEASED, NOMINATED, Kind.ROUND);
        move(DECEASED, REPATRIATED, Kind.APPROVAL);

        move(CLOSED, REPORTED, Kind.REOPEN);

        for (RepatriationStatus from : RepatriationStatus.values()) {
            if (from != CLOSED) {
                move(from, CLOSED, Kind.CLOSE);
            }
            if (from.compareTo(REPATRIATED) < 0) {
                // A nominated or agreed person who dies in custody: by hand, and the round loses them.
                MOVES.get(from).put(DECEASED, Kind.DECEASE);
            }
        }
    }

    private StatusRules() {
    }

    private static void move(RepatriationStatus from, RepatriationStatus to, Kind kind) {
        MOVES.computeIfAbsent(from, f -> new EnumMap<>(RepatriationStatus.class)).put(to, kind);
    }

    /** The kind of the move from one status to another for a person of this side; empty if there is no such move. */
    public static Optional<Kind> kind(RepatriationStatus from, RepatriationStatus to, Side side) {
        if (to == REUNITED && side == Side.HELD) {
            return Optional.empty();
        }
        return Optional.ofNullable(MOVES.getOrDefault(from, Map.of()).get(to));
    }

    /** Whether this move is one only an exchange round makes. */
    public static boolean byRoundOnly(RepatriationStatus from, RepatriationStatus to, Side side) {
        return kind(from, to, side).filter(k -> k == Kind.ROUND).isPresent();
    }

    /** Whether a user with these roles may make this move by hand (on the case page or through the API). */
    public static boolean mayMove(RepatriationStatus from, RepatriationStatus to, Side side, Set<Role> roles) {
        return kind(from, to, side).map(kind -> kind != Kind.ROUND && mayMake(kind, roles)).orElse(false);
    }

    private static boolean mayMake(Kind kind, Set<Role> roles) {
        return kind.supervisorOnly() ? roles.contains(Role.SUPERVISOR)
                : roles.contains(Role.SUPERVISOR) || roles.contains(Role.CASEWORKER);
    }

    /** The statuses a user with these roles may move a person to by hand, in workflow order. */
    public static List<RepatriationStatus> offered(RepatriationStatus from, Side side, Set<Role> roles) {
        List<RepatriationStatus> offered = new ArrayList<>();
        for (RepatriationStatus to : RepatriationStatus.values()) {
            if (mayMove(from, to, side, roles)) {
                offered.add(to);
            }
        }
        return offered;
    }

    /** Whether this move needs the user's reason. */
    public static boolean needsReason(RepatriationStatus from, RepatriationStatus to, Side side) {
        return kind(from, to, side).map(Kind::reasonRequired).orElse(false);
    }

    /**
     * What is wrong with a move by hand apart from who makes it: no such move, a move only a round
     * makes, a missing reason, a missing or misplaced closing reason. Empty when the move may be made.
     */
    public static List<FieldError> problems(RepatriationStatus from, RepatriationStatus to, Side side, String reason,
                                            ClosingReason closingReason) {
        List<FieldError> problems = new ArrayList<>();
        if (to == null) {
            problems.add(FieldError.of("to", "transition.to.required"));
            return problems;
        }
        Optional<Kind> kind = kind(from, to, side);
        if (kind.isEmpty()) {
            problems.add(from == to ? FieldError.of("to", "transition.same", to)
                    : to == REUNITED && side == Side.HELD ? FieldError.of("to", "transition.reunitedHeld")
                    : FieldError.of("to", "transition.none", from, to));
            return problems;
        }
        if (kind.get() == Kind.ROUND) {
            problems.add(FieldError.of("to", "transition.roundOnly", from, to));
            return problems;
        }
        if (kind.get().reasonRequired() && (reason == null || reason.isBlank())) {
            problems.add(FieldError.of("reason", "transition.reason.required"));
        }
        if (to == CLOSED && closingReason == null) {
            problems.add(FieldError.of("closingReason", "transition.closingReason.required"));
        }
        if (to != CLOSED && closingReason != null) {
            problems.add(FieldError.of("closingReason", "transition.closingReason.onlyForClosing"));
        }
        if (to == CLOSED && closingReason == ClosingReason.COMPLETED && !COMPLETABLE.contains(from)) {
            problems.add(FieldError.of("closingReason", "transition.closingReason.notCompleted", from));
        }
        return problems;
    }

    private static final Set<RepatriationStatus> COMPLETABLE = EnumSet.of(REPATRIATED, REUNITED);
}
