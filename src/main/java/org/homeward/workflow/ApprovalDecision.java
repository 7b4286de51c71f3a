package org.homeward.workflow;

/** What a supervisor decides on a request for approval. */
public enum ApprovalDecision {
    APPROVE,
    DECLINE
}
