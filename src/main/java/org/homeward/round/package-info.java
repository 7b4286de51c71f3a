/**
 * Exchange rounds that come out of negotiations: the round, its quotas and the list of nominated
 * people, decisions on each nomination, parity, the recorded exchange and its hand-over, cancellation.
 */
package org.homeward.round;
