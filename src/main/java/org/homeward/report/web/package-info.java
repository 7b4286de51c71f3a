/**
 * The dashboard page and the downloads of reports as PDF and CSV.
 */
package org.homeward.report.web;
