package org.homeward.person;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.homeward.access.RecordScope.SqlCondition;

/**
 * Which cases a report's figure counts, beyond the case list's own filters: reported in a period, on an
 * exchange round's list (with given outcomes), remains by identification status, a milestone reached in a
 * period, without change for some days, still open. The case list takes the same selection from its
 * address, and both the figure and the list count with {@link #conditions}, so that following a figure
 * lands on a list of exactly as many people. Every part is optional; dates are days in the server's zone,
 * both ends included.
 *
 * @param round           only people on this round's list
 * @param outcomes        with one of these outcomes on that round (empty: any)
 * @param rejectionReason with this reason given by the other side on that round
 * @param remains         only remains (registered as such, or confirmed dead since)
 * @param reached         only people who first reached this status ({@code LOCATED}, {@code REPATRIATED},
 *                        {@code REUNITED}) between {@code reachedFrom} and {@code reachedTo}
 * @param staleDays       only open cases without any change for at least this many days
 * @param open            only cases that are not closed
 */
public record CaseSelection(LocalDate reportedFrom, LocalDate reportedTo, Long round, Set<String> outcomes,
                            String rejectionReason, IdentificationStatus identification, Boolean remains,
                            RepatriationStatus reached, LocalDate reachedFrom, LocalDate reachedTo,
                            Integer staleDays, Boolean open) implements Serializable {

    /** No selection: the case list as a caseworker opens it. */
    public static final CaseSelection NONE = new CaseSelection(null, null, null, Set.of(), null, null, null, null, null,
            null, null, null);

    /** The statuses whose first reaching is kept on the person (V8). */
    public static final Set<RepatriationStatus> MILESTONES = Set.of(RepatriationStatus.LOCATED,
            RepatriationStatus.REPATRIATED, RepatriationStatus.REUNITED);

    public CaseSelection {
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
        if (reached != null && !MILESTONES.contains(reached)) {
            throw new IllegalArgumentException("no milestone is kept for " + reached);
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The column that holds when a person first reached a milestone. */
    public static String milestoneColumn(RepatriationStatus status) {
        return switch (status) {
            case LOCATED -> "located_at";
            case REPATRIATED -> "repatriated_at";
            case REUNITED -> "reunited_at";
            default -> throw new IllegalArgumentException("no milestone is kept for " + status);
        };
    }

    /**
     * The selection as SQL conditions on the columns of {@code person p} (and subqueries on nominations).
     * {@code now} and {@code zone} turn days into instants: a period ends at the end of its last day.
     */
    public List<SqlCondition> conditions(Instant now, ZoneId zone) {
        List<SqlCondition> conditions = new ArrayList<>();
        if (reportedFrom != null) {
            conditions.add(new SqlCondition("p.registered_at >= ?", List.of(startOf(reportedFrom, zone)), List.of()));
        }
        if (reportedTo != null) {
            conditions.add(new SqlCondition("p.registered_at < ?", List.of(startOf(reportedTo.plusDays(1), zone)), List.of()));
        }
        if (round != null) {
            StringBuilder sql = new StringBuilder("p.id in (select n.person_id from nomination n where n.round_id = ?");
            List<Object> parameters = new ArrayList<>(List.of(round));
            if (!outcomes.isEmpty()) {
                sql.append(" and n.outcome in (").append(String.join(", ", outcomes.stream().map(o -> "?").toList())).append(")");
                parameters.addAll(outcomes.stream().sorted().toList());
            }
            if (rejectionReason != null) {
                sql.append(" and n.reason = ?");
                parameters.add(rejectionReason);
            }
            conditions.add(new SqlCondition(sql.append(")").toString(), parameters, List.of()));
        }
        if (identification == IdentificationStatus.UNIDENTIFIED) {
            // Remains whose identification is not recorded are not identified either.
            conditions.add(new SqlCondition("(p.identification_status = ? or p.identification_status is null)",
                    List.of(identification.name()), List.of()));
        } else if (identification != null) {
            conditions.add(new SqlCondition("p.identification_status = ?", List.of(identification.name()), List.of()));
        }
        if (remains != null) {
            conditions.add(new SqlCondition(remains ? "(p.category = 'REMAINS' or p.deceased = true)"
                    : "(p.category <> 'REMAINS' and p.deceased = false)", List.of(), List.of()));
        }
        if (reached != null) {
            String column = "p." + milestoneColumn(reached);
            conditions.add(new SqlCondition(column + " is not null", List.of(), List.of()));
            if (reachedFrom != null) {
                conditions.add(new SqlCondition(column + " >= ?", List.of(startOf(reachedFrom, zone)), List.of()));
            }
            if (reachedTo != null) {
                conditions.add(new SqlCondition(column + " < ?", List.of(startOf(reachedTo.plusDays(1), zone)), List.of()));
            }
        }
        if (staleDays != null) {
            conditions.add(new SqlCondition("p.updated_at < ?", List.of(now.minus(java.time.Duration.ofDays(staleDays))
                    .atOffset(java.time.ZoneOffset.UTC)), List.of()));
        }
        if (Boolean.TRUE.equals(open) || staleDays != null) {
            conditions.add(new SqlCondition("p.status <> 'CLOSED'", List.of(), List.of()));
        }
        return conditions;
    }

    /** The names of the selection's address parameters (case list page and API), in the order links write them. */
    public static final List<String> PARAMETERS = List.of("reportedFrom", "reportedTo", "round", "outcome",
            "rejectionReason", "identification", "remains", "reached", "reachedFrom", "reachedTo", "staleDays", "open");

    /**
     * Reads a selection from address parameters, each failure reported with its parameter's name: dates as
     * {@code 2026-04-12}, outcomes as a comma-separated list, {@code reached} one of the milestones.
     */
    public static CaseSelection from(java.util.function.Function<String, String> parameter,
                                     org.homeward.platform.api.FieldParser parser) {
        Set<String> outcomes = new java.util.TreeSet<>();
        String outcomeText = parameter.apply("outcome");
        if (outcomeText != null && !outcomeText.isBlank()) {
            for (String outcome : outcomeText.split(",")) {
                String name = outcome.strip();
                if (!OUTCOMES.contains(name)) {
                    parser.choice("outcome", OutcomeName.class, name);
                } else {
                    outcomes.add(name);
                }
            }
        }
        RepatriationStatus reached = parser.choice("reached", RepatriationStatus.class, parameter.apply("reached"));
        if (reached != null && !MILESTONES.contains(reached)) {
            parser.choice("reached", Milestone.class, reached.name());
            reached = null;
        }
        String reason = parameter.apply("rejectionReason");
        return new CaseSelection(parser.date("reportedFrom", parameter.apply("reportedFrom")),
                parser.date("reportedTo", parameter.apply("reportedTo")),
                parser.number("round", parameter.apply("round"), 1, Long.MAX_VALUE),
                outcomes, reason == null || reason.isBlank() ? null : reason,
                parser.choice("identification", IdentificationStatus.class, parameter.apply("identification")),
                parser.yesNo("remains", parameter.apply("remains")),
                reached,
                parser.date("reachedFrom", parameter.apply("reachedFrom")),
                parser.date("reachedTo", parameter.apply("reachedTo")),
                intOrNull(parser.number("staleDays", parameter.apply("staleDays"), 1, 36_500)),
                parser.yesNo("open", parameter.apply("open")));
    }

    /** The selection as address parameters, for a link to the case list; only the parts set. */
    public java.util.Map<String, String> parameters() {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        put(parameters, "reportedFrom", reportedFrom);
        put(parameters, "reportedTo", reportedTo);
        put(parameters, "round", round);
        put(parameters, "outcome", outcomes.isEmpty() ? null : String.join(",", new java.util.TreeSet<>(outcomes)));
        put(parameters, "rejectionReason", rejectionReason);
        put(parameters, "identification", identification);
        put(parameters, "remains", remains);
        put(parameters, "reached", reached);
        put(parameters, "reachedFrom", reachedFrom);
        put(parameters, "reachedTo", reachedTo);
        put(parameters, "staleDays", staleDays);
        put(parameters, "open", open);
        return parameters;
    }

    private static void put(java.util.Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static Integer intOrNull(Long value) {
        return value == null ? null : value.intValue();
    }

    // The outcomes of a round's list (round.Outcome), by name: the round package builds on this one.
    public static final Set<String> OUTCOMES = java.util.Arrays.stream(OutcomeName.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A round list's outcomes by name (round.Outcome; RoundRulesTest checks they agree). */
    private enum OutcomeName { PROPOSED, ACCEPTED, REJECTED, WITHDRAWN, EXCHANGED, POSTPONED }

    /** The statuses {@code reached} accepts (for the error message). */
    private enum Milestone { LOCATED, REPATRIATED, REUNITED }

    private static java.time.OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The selection's parts for the access log: names and values, never free text. */
    public List<String> describe() {
        List<String> used = new ArrayList<>();
        if (reportedFrom != null || reportedTo != null) {
            used.add("reported=" + (reportedFrom == null ? "" : reportedFrom) + ".." + (reportedTo == null ? "" : reportedTo));
        }
        if (round != null) {
            used.add("round=" + round + (outcomes.isEmpty() ? "" : " outcome=" + outcomes.stream().sorted().toList())
                    + (rejectionReason == null ? "" : " with a rejection reason"));
        }
        if (identification != null) {
            used.add("identification=" + identification);
        }
        if (remains != null) {
            used.add("remains=" + remains);
        }
        if (reached != null) {
            used.add("reached=" + reached + " " + (reachedFrom == null ? "" : reachedFrom) + ".." + (reachedTo == null ? "" : reachedTo));
        }
        if (staleDays != null) {
            used.add("staleDays=" + staleDays);
        }
        if (open != null) {
            used.add("open=" + open);
        }
        return used;
    }
}
