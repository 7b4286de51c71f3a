/**
 * The users, offices, staff and current-user resources.
 */
package org.homeward.access.api;
