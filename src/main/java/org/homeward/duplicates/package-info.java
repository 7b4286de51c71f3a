/**
 * Possible duplicates: the queue of record pairs the matcher finds at registration and in a scan of the
 * whole registry, the supervisor's decisions on them, and the merge of two records of one person.
 */
package org.homeward.duplicates;
