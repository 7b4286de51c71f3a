/**
 * The rounds list, the round page with its list and exchange, the round form.
 */
package org.homeward.round.web;
