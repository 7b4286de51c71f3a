/**
 * The rounds resources under /api/v1/rounds.
 */
package org.homeward.round.api;
