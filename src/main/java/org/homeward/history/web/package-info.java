/**
 * The history page of a case and the auditor's search page.
 */
package org.homeward.history.web;
