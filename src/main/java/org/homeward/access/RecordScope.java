package org.homeward.access;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
     * The same rule as {@link #permits} as an SQL condition on a record's own columns (office id,
     * assignee id, restricted flag), for queries that must not join to find it. The caller's office and
     * user ids are bound as parameters, in the order of {@link SqlCondition#parameters()}. Null when the
     * rule lets everything through.
     */
    public SqlCondition sql(String officeColumn, Long officeId, String assigneeColumn, Long userId, String restrictedColumn) {
        List<Object> parameters = new ArrayList<>();
        String assigned = assigneeColumn + " = ?";
        String ownOffice = officeColumn + " = ?";
        return switch (reach) {
            case NONE -> new SqlCondition("1 = 0", List.of());
            case ALL -> null;
            case OFFICE_SUPERVISOR -> {
                parameters.add(officeId == null ? -1L : officeId);
                parameters.add(userId == null ? -1L : userId);
                yield new SqlCondition("(" + ownOffice + " or " + assigned + ")", parameters);
            }
            case OWN_OFFICE -> {
                parameters.add(userId == null ? -1L : userId);
                parameters.add(officeId == null ? -1L : officeId);
                yield new SqlCondition("(" + assigned + " or (" + ownOffice + " and " + restrictedColumn + " = false))",
                        parameters);
            }
        };
    }

    /** An SQL condition with its parameters. */
    public record SqlCondition(String sql, List<Object> parameters) {
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
