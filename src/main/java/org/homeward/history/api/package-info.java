/**
 * The audit and history resources: a case's changes, who opened it, the access log and revisions as
 * CSV.
 */
package org.homeward.history.api;
