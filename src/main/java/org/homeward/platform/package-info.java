/**
 * What every feature uses and none owns: errors (InvalidInput, Conflict, NotFound…), languages and
 * message bundles, the clock, the CSV writer, the database dialect's differences, health, migrations,
 * security headers. Nothing here imports a feature.
 */
package org.homeward.platform;
