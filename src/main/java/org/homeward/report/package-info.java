/**
 * The supervisors' desk in figures: the dashboard and the reports (people by status, children, remains,
 * flow per month, rounds, time to repatriation, workload, stale cases), computed by aggregate SQL within
 * the reader's record scope, each figure with the case-list selection it stands for; downloads as PDF
 * and CSV. {@code api/} serves them under {@code /api/v1/reports}, {@code web/} is the dashboard page.
 */
package org.homeward.report;
