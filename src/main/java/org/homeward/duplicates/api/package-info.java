/**
 * The duplicates resources under /api/v1/duplicates and /api/v1/duplicate-scans.
 */
package org.homeward.duplicates.api;
