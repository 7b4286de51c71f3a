/**
 * The auditor's verification of the audit chain (/api/v1/audit/verify).
 */
package org.homeward.audit.api;
