/**
 * Partner organisations, their data-sharing agreements and members, and the CSV exports made under
 * them: profiles (AGGREGATE with small-cell suppression, PARTNER_MINIMAL with pseudonymous ids,
 * FULL), filters, the export jobs run in the background with their progress, files, retention and
 * crash recovery.
 */
package org.homeward.export;
