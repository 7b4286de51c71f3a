/**
 * The status section of the case page, the approval of a pending move, and a supervisor's approvals
 * inbox.
 */
package org.homeward.workflow.web;
