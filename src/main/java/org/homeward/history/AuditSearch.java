package org.homeward.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLog;
import org.homeward.audit.AccessLogEntry;
import org.homeward.audit.AuditRevision;
import org.homeward.person.Person;
import org.homeward.platform.Csv;

/**
 * The auditor's search of the audit trail (revisions: who changed something, when, from where, why)
 * and of the access log (who signed in, opened, searched, was refused), by user, case, action and
 * period; a user's activity in figures; the result as CSV. Auditors read and change nothing; every
 * search and export is itself on file.
 */
@Stateless
public class AuditSearch {

    /** The most rows one search returns; narrow the filters for more. */
    public static final int LIMIT = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    CaseHistoryService histories;

    /** The filters of a search; any may be null. {@code caseNumber} names the case the entries concern. */
    public record Filters(String username, AccessAction action, String caseNumber, LocalDate from, LocalDate to) {

        String describe() {
            List<String> used = new ArrayList<>();
            if (username != null && !username.isBlank()) {
                used.add("user=" + username.strip());
            }
            if (action != null) {
                used.add("action=" + action);
            }
            if (caseNumber != null && !caseNumber.isBlank()) {
                used.add("case=" + caseNumber.strip());
            }
            if (from != null) {
                used.add("from=" + from);
            }
            if (to != null) {
                used.add("to=" + to);
            }
            return used.toString();
        }
    }

    /** One access-log entry; {@code caseNumber} names the case when the subject is a person (null otherwise). */
    public record AccessRow(long id, Instant at, String username, String action, String clientAddress,
                            String subjectType, String subjectId, String caseNumber, String detail) implements Serializable {
    }

    public record RevisionRow(long revision, Instant at, String username, String clientAddress, String reason) implements Serializable {
    }

    /** A user's activity over the period: how many of each action, and how many changes they made. */
    public record Activity(String username, Map<String, Long> actions, long changes) implements Serializable {
    }

    @RolesAllowed(Role.Names.AUDITOR)
    public List<AccessRow> accessLog(Filters filters) {
        StringBuilder jpql = new StringBuilder("select e from AccessLogEntry e where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filters.username() != null && !filters.username().isBlank()) {
            jpql.append(" and e.username = :username");
            parameters.put("username", filters.username().strip());
        }
        if (filters.action() != null) {
            jpql.append(" and e.action = :action");
            parameters.put("action", filters.action());
        }
        if (filters.caseNumber() != null && !filters.caseNumber().isBlank()) {
            jpql.append(" and e.subjectType = 'person' and e.subjectId = :subject");
            parameters.put("subject", String.valueOf(personId(filters.caseNumber())));
        }
        period(jpql, parameters, "e.occurredAt", filters);
        TypedQuery<AccessLogEntry> query = em.createQuery(jpql + " order by e.occurredAt desc, e.id desc", AccessLogEntry.class);
        parameters.forEach(query::setParameter);
        List<AccessLogEntry> entries = query.setMaxResults(LIMIT).getResultList();
        Map<String, String> caseNumbers = caseNumbers(entries);
        List<AccessRow> rows = entries.stream()
                .map(e -> new AccessRow(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction().name(),
                        e.getClientAddress(), e.getSubjectType(), e.getSubjectId(),
                        "person".equals(e.getSubjectType()) ? caseNumbers.get(e.getSubjectId()) : null, e.getDetail()))
                .toList();
        accessLog.record(currentUser.getUsername(), AccessAction.AUDIT_SEARCHED, null, null,
                "access log " + filters.describe() + " -> " + rows.size());
        return rows;
    }

    /** Revisions by user and period; with a case number, the revisions that changed that case or its parts. */
    @RolesAllowed(Role.Names.AUDITOR)
    public List<RevisionRow> revisions(Filters filters, List<Long> ofCase) {
        StringBuilder jpql = new StringBuilder("select r from AuditRevision r where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filters.username() != null && !filters.username().isBlank()) {
            jpql.append(" and r.username = :username");
            parameters.put("username", filters.username().strip());
        }
        if (ofCase != null) {
            if (ofCase.isEmpty()) {
                return List.of();
            }
            jpql.append(" and r.id in :revisions");
            parameters.put("revisions", ofCase);
        }
        period(jpql, parameters, "r.revisionTime", filters);
        TypedQuery<AuditRevision> query = em.createQuery(jpql + " order by r.id desc", AuditRevision.class);
        parameters.forEach(query::setParameter);
        List<AuditRevision> found = query.setMaxResults(LIMIT).getResultList();
        // The reason given for a change to a case may be what a caseworker typed ("ICRC visit in Olenivka"):
        // personal data, read on the case's history by revealing it, like the values.
        Set<Long> ofCases = histories.revisionsChangingCases(found.stream().map(AuditRevision::getId).toList());
        List<RevisionRow> rows = found.stream()
                .map(r -> new RevisionRow(r.getId(), r.getRevisionTime(), r.getUsername(), r.getClientAddress(),
                        r.getReason() != null && ofCases.contains(r.getId()) ? FieldChange.MASK : r.getReason()))
                .toList();
        accessLog.record(currentUser.getUsername(), AccessAction.AUDIT_SEARCHED, null, null,
                "revisions " + filters.describe() + " -> " + rows.size());
        return rows;
    }

    @RolesAllowed(Role.Names.AUDITOR)
    public Activity activity(String username, LocalDate from, LocalDate to) {
        Filters filters = new Filters(username, null, null, from, to);
        StringBuilder jpql = new StringBuilder("select e.action, count(e) from AccessLogEntry e where e.username = :username");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("username", username == null ? "" : username.strip());
        period(jpql, parameters, "e.occurredAt", filters);
        TypedQuery<Object[]> query = em.createQuery(jpql + " group by e.action order by e.action", Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, Long> actions = new LinkedHashMap<>();
        query.getResultStream().forEach(row -> actions.put(((AccessAction) row[0]).name(), (Long) row[1]));
        StringBuilder changes = new StringBuilder("select count(r) from AuditRevision r where r.username = :username");
        Map<String, Object> changeParameters = new LinkedHashMap<>();
        changeParameters.put("username", username == null ? "" : username.strip());
        period(changes, changeParameters, "r.revisionTime", filters);
        TypedQuery<Long> count = em.createQuery(changes.toString(), Long.class);
        changeParameters.forEach(count::setParameter);
        accessLog.record(currentUser.getUsername(), AccessAction.AUDIT_SEARCHED, null, null, "activity " + filters.describe());
        return new Activity(username, actions, count.getSingleResult());
    }

    /** The access-log entries of a search as CSV (a header line, then one line an entry); the export is on file. */
    @RolesAllowed(Role.Names.AUDITOR)
    public String accessLogCsv(Filters filters) {
        List<AccessRow> rows = accessLog(filters);
        StringBuilder csv = new StringBuilder(Csv.line(List.of("id", "time", "user", "action", "client address",
                "subject type", "subject id", "case number", "detail")));
        for (AccessRow row : rows) {
            csv.append(Csv.line(Arrays.asList(row.id(), row.at(), row.username(), row.action(), row.clientAddress(),
                    row.subjectType(), row.subjectId(), row.caseNumber(), row.detail())));
        }
        recordExport("access log", filters, rows.size());
        return csv.toString();
    }

    /** The revisions of a search as CSV; the export is on file. */
    @RolesAllowed(Role.Names.AUDITOR)
    public String revisionsCsv(Filters filters, List<Long> ofCase) {
        List<RevisionRow> rows = revisions(filters, ofCase);
        StringBuilder csv = new StringBuilder(Csv.line(List.of("revision", "time", "user", "client address", "reason")));
        for (RevisionRow row : rows) {
            csv.append(Csv.line(Arrays.asList(row.revision(), row.at(), row.username(), row.clientAddress(), row.reason())));
        }
        recordExport("revisions", filters, rows.size());
        return csv.toString();
    }

    private void recordExport(String what, Filters filters, int rows) {
        accessLog.record(currentUser.getUsername(), AccessAction.AUDIT_EXPORTED, null, null,
                what + " " + filters.describe() + " -> " + rows + " rows");
    }

    /** The id of the case with this number; -1 (matching nothing) when there is none. */
    @RolesAllowed(Role.Names.AUDITOR)
    public long personId(String caseNumber) {
        return em.createNamedQuery("Person.findByCaseNumber", Person.class)
                .setParameter("caseNumber", caseNumber.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().map(Person::getId).orElse(-1L);
    }

    /**
     * The case numbers of the people the entries concern, by the id the log keeps (an auditor reads case
     * numbers, not database ids), in one query.
     */
    private Map<String, String> caseNumbers(List<AccessLogEntry> entries) {
        List<Long> ids = entries.stream().filter(e -> "person".equals(e.getSubjectType()))
                .map(AccessLogEntry::getSubjectId).filter(id -> id != null && id.matches("\\d{1,18}"))
                .map(Long::valueOf).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> numbers = new LinkedHashMap<>();
        em.createQuery("select p.id, p.caseNumber from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(row -> numbers.put(String.valueOf(row[0]), (String) row[1]));
        return numbers;
    }

    private static void period(StringBuilder jpql, Map<String, Object> parameters, String column, Filters filters) {
        if (filters.from() != null) {
            jpql.append(" and ").append(column).append(" >= :since");
            parameters.put("since", filters.from().atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        if (filters.to() != null) {
            jpql.append(" and ").append(column).append(" < :until");
            parameters.put("until", filters.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
    }
}
