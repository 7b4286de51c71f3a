package org.homeward.history.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AuditChain;
import org.homeward.audit.Verification;
import org.homeward.history.AuditSearch;
import org.homeward.history.AuditSearch.AccessRow;
import org.homeward.history.AuditSearch.Activity;
import org.homeward.history.AuditSearch.Filters;
import org.homeward.history.AuditSearch.RevisionRow;
import org.homeward.history.CaseHistoryService;

/**
 * The auditor's page: the access log and the audit trail searched by user, case, action and period, a
 * user's activity, and the result as CSV.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditSearch search;

    @Inject
    CaseHistoryService histories;

    @Inject
    AuditChain chain;

    private String username;
    private AccessAction action;
    private String caseNumber;
    private LocalDate from;
    private LocalDate to;
    private List<AccessRow> accessRows;
    private List<RevisionRow> revisionRows;
    private Activity activity;
    private Long caseId;
    private Verification verification;

    /** Walks both chains (revisions, access log) and shows whether they hold, or the first broken link. */
    public void verify() {
        verification = chain.verify();
    }

    public Verification getVerification() {
        return verification;
    }

    public void search() {
        Filters filters = filters();
        accessRows = search.accessLog(filters);
        revisionRows = search.revisions(filters, caseRevisions());
        activity = username == null || username.isBlank() ? null : search.activity(username, from, to);
    }

    public void exportAccessLog() throws IOException {
        send("homeward-access-log.csv", search.accessLogCsv(filters()));
    }

    public void exportRevisions() throws IOException {
        send("homeward-revisions.csv", search.revisionsCsv(filters(), caseRevisions()));
    }

    private static void send(String fileName, String body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            // A byte-order mark, so that spreadsheets read the Cyrillic as UTF-8.
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    /** With a case number: the revisions that changed that case (and sets {@code caseId}); otherwise null, all. */
    private List<Long> caseRevisions() {
        caseId = null;
        if (caseNumber == null || caseNumber.isBlank()) {
            return null;
        }
        long id = search.personId(caseNumber);
        caseId = id < 0 ? null : id;
        return caseId == null ? List.of() : histories.revisionsOf(caseId);
    }

    private Filters filters() {
        return new Filters(username, action, caseNumber, from, to);
    }

    public AccessAction[] getActions() {
        return AccessAction.values();
    }

    public List<AccessRow> getAccessRows() {
        return accessRows;
    }

    public List<RevisionRow> getRevisionRows() {
        return revisionRows;
    }

    public Activity getActivity() {
        return activity;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AccessAction getAction() {
        return action;
    }

    public void setAction(AccessAction action) {
        this.action = action;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
