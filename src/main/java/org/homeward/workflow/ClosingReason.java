package org.homeward.workflow;

/** Why a case was closed. */
public enum ClosingReason {
    /** Home and, where it applies, reunited: the work is done. Only from REPATRIATED or REUNITED. */
    COMPLETED,
    /** The same person has another record, which carries on (merged). */
    DUPLICATE,
    /** The family or the reporting source withdrew the request. */
    WITHDRAWN,
    /** The person chose to stay where they are. */
    REMAINED_VOLUNTARILY,
    OTHER
}
