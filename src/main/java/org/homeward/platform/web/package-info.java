/**
 * Pages' shared parts: one way to turn an error into page messages and an error summary, error pages
 * with their status, date conversion, date formatting.
 */
package org.homeward.platform.web;
