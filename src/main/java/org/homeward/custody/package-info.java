/**
 * Custody events (GC III art. 122, GC IV art. 136): the dated record of what happens to a person in
 * custody (capture, internment, transfers, hospital, escape and recapture, release, death), a part of
 * the person's case. The current whereabouts follow them ({@link org.homeward.custody.Whereabouts}) and a
 * death leads to the {@code DECEASED} move through the workflow's rules. {@code api/} serves them under
 * {@code /api/v1/persons/{id}/events}, {@code web/} is the case page's custody section.
 */
package org.homeward.custody;
