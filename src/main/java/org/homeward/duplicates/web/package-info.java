/**
 * The supervisor's duplicates pages: the queue with the registry scan, and one pair side by side with
 * the decisions on it.
 */
package org.homeward.duplicates.web;
