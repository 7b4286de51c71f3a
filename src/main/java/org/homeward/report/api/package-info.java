/**
 * The reports under /api/v1/reports, as JSON, CSV and PDF.
 */
package org.homeward.report.api;
