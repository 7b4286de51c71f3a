package org.homeward.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.persister.entity.EntityPersister;
import org.homeward.person.RepatriationStatus;

/**
 * One month of one milestone in the tally of the flow (table {@code milestone_tally}, V11): the people of one
 * office, category, side, restriction and caseworker who first reached the milestone in that month.
 */
record MilestoneTally(long officeId, String category, String side, boolean restricted, Long assignedToId, String milestone,
                      int month) {

    static final List<String> COLUMNS = List.of("office_id", "category", "side", "restricted", "assigned_to_id", "milestone",
            "reached_month");

    /** The milestones of the flow report, each with the property of the person that says when it was first reached. */
    static final Map<RepatriationStatus, String> MILESTONES = milestones();

    private static Map<RepatriationStatus, String> milestones() {
        Map<RepatriationStatus, String> milestones = new LinkedHashMap<>();
        milestones.put(RepatriationStatus.REPORTED, "registeredAt");
        milestones.put(RepatriationStatus.LOCATED, "locatedAt");
        milestones.put(RepatriationStatus.REPATRIATED, "repatriatedAt");
        milestones.put(RepatriationStatus.REUNITED, "reunitedAt");
        return milestones;
    }

    /** A milestone a person reached, at its instant; its month depends on the zone the tally counts in. */
    record Reached(long officeId, String category, String side, boolean restricted, Long assignedToId, String milestone,
                   Instant at) {

        MilestoneTally in(ZoneId zone) {
            return new MilestoneTally(officeId, category, side, restricted, assignedToId, milestone, month(at, zone));
        }
    }

    /** The milestones a person has reached, from the state Hibernate holds of them. */
    static List<Reached> of(EntityPersister persister, Object[] state) {
        long office = PersonTally.id(PersonTally.property(persister, state, "office"));
        String category = PersonTally.name(PersonTally.property(persister, state, "category"));
        String side = PersonTally.name(PersonTally.property(persister, state, "side"));
        boolean restricted = Boolean.TRUE.equals(PersonTally.property(persister, state, "restricted"));
        Long assignee = PersonTally.idOrNull(PersonTally.property(persister, state, "assignedTo"));
        List<Reached> reached = new ArrayList<>();
        MILESTONES.forEach((milestone, property) -> {
            Instant at = (Instant) PersonTally.property(persister, state, property);
            if (at != null) {
                reached.add(new Reached(office, category, side, restricted, assignee, milestone.name(), at));
            }
        });
        return reached;
    }

    /** The month as the tally stores it: yyyymm. */
    static int month(Instant at, ZoneId zone) {
        return key(YearMonth.from(at.atZone(zone)));
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    Object[] values() {
        return new Object[] {officeId, category, side, restricted, assignedToId, milestone, month};
    }
}
