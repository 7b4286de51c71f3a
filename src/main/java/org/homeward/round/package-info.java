/**
 * Exchange rounds (product rules "Exchange rounds"): a round and its list ({@link org.homeward.round.ExchangeRound},
 * {@link org.homeward.round.Nomination}), which keep the rules of listing, deciding, recording the exchange and
 * cancelling in plain Java; {@link org.homeward.round.RoundRepository}, the queries and tallies;
 * {@link org.homeward.round.RoundService}, who may do what on whom, in one transaction, on file. Rounds move people
 * through the workflow (its ledger) and answer the workflow's {@link org.homeward.workflow.RoundPlaces}, never the
 * other way round. {@code web/} holds the round pages, {@code api/} serves {@code /api/v1/rounds}.
 */
package org.homeward.round;
