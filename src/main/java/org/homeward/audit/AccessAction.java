package org.homeward.audit;

/** What a user did that is on file in the access log. */
public enum AccessAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ACCESS_DENIED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ROLES_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_ACTIVATED,
    /** Too many failed sign-ins in a row locked an account; the detail says until when. */
    ACCOUNT_LOCKED,
    /** A person's full record was opened (page or API). */
    RECORD_OPENED,
    /** A search or list returned person data; the detail holds the filters and the count. */
    RECORDS_SEARCHED,
    /** The history of a case (every change, who opened it) was read by a supervisor or an auditor. */
    HISTORY_VIEWED,
    /** An auditor revealed the values of a case's history (break-glass); the detail holds the reason they gave. */
    HISTORY_REVEALED,
    /** Audit-trail or access-log entries were searched; the detail holds the filters and the count. */
    AUDIT_SEARCHED,
    /** An audit search result was downloaded as CSV; the detail holds the filters and the row count. */
    AUDIT_EXPORTED,
    /** A report's figures were read (dashboard or API); the detail names the report and its filters. */
    REPORT_VIEWED,
    /** A report was downloaded as PDF or CSV; the detail names the report, the format and the filters. */
    REPORT_DOWNLOADED,
    /** An export of case data was written (profile, partner, agreement, filters, purpose and row count in the detail). */
    DATA_EXPORTED
}
