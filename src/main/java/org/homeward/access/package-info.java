/**
 * Who may do what: user accounts, offices, roles, the record scope of a caller, sign-in with hashed
 * passwords and lock-outs, the password policy, and the demo accounts.
 */
package org.homeward.access;
