/**
 * A case's repatriation status and the rules of its moves (plain Java, unit-tested without a
 * container), the status history, approvals of moves that need a second person, and the services that
 * apply them.
 */
package org.homeward.workflow;
