/**
 * The tamper-evident audit trail: the revision entity Envers writes with who, when, from where and
 * why; the hash chain sealed over revisions and access-log entries; the access log; its verification.
 */
package org.homeward.audit;
