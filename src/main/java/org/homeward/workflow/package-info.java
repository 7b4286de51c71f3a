/**
 * A person's repatriation status: the rules of its moves ({@link org.homeward.workflow.StatusRules},
 * {@link org.homeward.workflow.ApprovalRules}, plain Java), the status history written by
 * {@link org.homeward.workflow.StatusLedger} (a reason typed by hand, or a {@link org.homeward.workflow.StatusReason}
 * the system gives, read in the reader's language), moves by hand and requests for a supervisor's approval.
 * Exchange rounds are read only through {@link org.homeward.workflow.RoundPlaces}, which rounds answer.
 * {@code web/} holds the status section of the case page and the approvals inbox, {@code api/} the REST resources.
 */
package org.homeward.workflow;
