package org.homeward.access;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.homeward.platform.Role;

/**
 * Which records a user may see, from their roles and office (product rule "record scope"):
 * <ul>
 * <li>a caseworker: the records of their office and those assigned to them;</li>
 * <li>a supervisor: all records of their office; a supervisor of the head office: all records;</li>
 * <li>a restricted record (a child whose location is sensitive): only its assigned caseworker and the
 * supervisors who would otherwise see it;</li>
 * <li>anyone else (partner, auditor, administrator): no case records at all.</li>
 * </ul>
 * The same rule answers for one record ({@link #permits}) and for a query ({@link #predicate}), so a
 * list never shows what the record page would refuse.
 */
public final class RecordScope {

    enum Reach { NONE, OWN_OFFICE, OFFICE_SUPERVISOR, ALL }

    private final String username;
    private final String officeCode;
    private final Reach reach;

    private RecordScope(String username, String officeCode, Reach reach) {
        this.username = username;
        this.officeCode = officeCode;
        this.reach = reach;
    }

    public static RecordScope of(String username, String officeCode, boolean headOffice, java.util.Set<Role> roles) {
        Objects.requireNonNull(username, "username is required");
        Reach reach;
        if (roles.contains(Role.SUPERVISOR)) {
            reach = headOffice ? Reach.ALL : Reach.OFFICE_SUPERVISOR;
        } else if (roles.contains(Role.CASEWORKER)) {
            reach = Reach.OWN_OFFICE;
        } else {
            reach = Reach.NONE;
        }
        return new RecordScope(username, officeCode, reach);
    }

    /** Whether this user may see case records at all. */
    public boolean seesCases() {
        return reach != Reach.NONE;
    }

    public boolean seesAllOffices() {
        return reach == Reach.ALL;
    }

    public boolean permits(String recordOffice, String assignee, boolean restricted) {
        boolean assigned = assignee != null && assignee.equals(username);
        boolean ownOffice = officeCode != null && officeCode.equals(recordOffice);
        return switch (reach) {
            case NONE -> false;
            case ALL -> true;
            case OFFICE_SUPERVISOR -> ownOffice || assigned;
            case OWN_OFFICE -> assigned || (ownOffice && !restricted);
        };
    }

    /**
     * The same rule as {@link #permits} as SQL conditions on a record's own columns (office id, assignee
     * id, restricted flag), for queries that must not join to find it: a list of <em>disjoint</em> parts
     * whose union is the scope. Disjoint, so that a list can take each part off its own ordered index
     * (an OR across two columns cannot be read from one index) and a count can add the parts up. Each
     * part names the columns it fixes by equality, which decides the index it is read from. An empty
     * list means nothing is visible; a single part without SQL means everything is.
     */
    public List<SqlCondition> sqlParts(String officeColumn, Long officeId, String assigneeColumn, Long userId,
                                       String restrictedColumn) {
        long office = officeId == null ? -1L : officeId;
        SqlCondition assignedElsewhere = userId == null ? null : new SqlCondition(
                assigneeColumn + " = ? and " + (reach == Reach.OWN_OFFICE
                        ? "(" + officeColumn + " <> ? or " + restrictedColumn + " = true)"
                        : officeColumn + " <> ?"),
                List.of(userId, office), List.of(assigneeColumn));
        List<SqlCondition> parts = new ArrayList<>();
        switch (reach) {
            case NONE -> { }
            case ALL -> parts.add(new SqlCondition(null, List.of(), List.of()));
            case OFFICE_SUPERVISOR -> parts.add(new SqlCondition(officeColumn + " = ?", List.of(office), List.of(officeColumn)));
            case OWN_OFFICE -> parts.add(new SqlCondition(officeColumn + " = ? and " + restrictedColumn + " = false",
                    List.of(office), List.of(officeColumn, restrictedColumn)));
        }
        if (assignedElsewhere != null && (reach == Reach.OWN_OFFICE || reach == Reach.OFFICE_SUPERVISOR)) {
            parts.add(assignedElsewhere);
        }
        return parts;
    }

    /** An SQL condition (null: none), its parameters, and the columns it fixes by equality. */
    public record SqlCondition(String sql, List<Object> parameters, List<String> fixedColumns) {
    }

    /**
     * The same rule as {@link #permits} as a query condition over a record's office code, assignee
     * username and restricted flag.
     */
    public Predicate predicate(CriteriaBuilder cb, Expression<String> recordOffice, Expression<String> assignee,
                               Expression<Boolean> restricted) {
        Predicate assigned = cb.equal(assignee, username);
        Predicate ownOffice = officeCode == null ? cb.disjunction() : cb.equal(recordOffice, officeCode);
        return switch (reach) {
            case NONE -> cb.disjunction();
            case ALL -> cb.conjunction();
            case OFFICE_SUPERVISOR -> cb.or(ownOffice, assigned);
            case OWN_OFFICE -> cb.or(assigned, cb.and(ownOffice, cb.isFalse(restricted)));
        };
    }
}
