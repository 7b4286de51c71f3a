/**
 * Sign-in, sign-out, the home page, password change, and the administrator's pages of users and
 * offices.
 */
package org.homeward.access.web;
