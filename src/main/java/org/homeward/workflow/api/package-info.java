/**
 * The transitions, status history and approvals resources.
 */
package org.homeward.workflow.api;
