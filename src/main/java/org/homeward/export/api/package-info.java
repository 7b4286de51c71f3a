/**
 * The exports and partner organisations resources: start a job, follow it, download its file.
 */
package org.homeward.export.api;
