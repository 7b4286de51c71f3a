package org.homeward.custody;

import java.time.LocalDate;

/**
 * The rule by which a person's current whereabouts follow the custody events of the case. Plain Java,
 * so that every case of it is a fast unit test.
 *
 * <p>When an event is recorded, its place becomes the current whereabouts if, and only if:
 * <ol>
 * <li>it names a place;</li>
 * <li>no other event of the case is dated later (on the same date, the one recorded last is the newer
 * news), so a back-dated report never moves the person;</li>
 * <li>it is not dated before the day the current whereabouts were confirmed ("location confirmed on",
 * set by hand on the case form): whereabouts set by hand win over every event dated before their
 * confirmation, until an event dated on or after it arrives. Whereabouts set by hand without a
 * confirmation date give way to the next event that is the latest of the case.</li>
 * </ol>
 * A date known only to the month or the year counts as its first day: an event "June 2026" does not
 * replace whereabouts confirmed on 10 June 2026, for it may have happened before. Nothing else moves
 * the whereabouts: an event recorded earlier is not applied again when the whereabouts are set by hand.
 */
public final class Whereabouts {

    private Whereabouts() {
    }

    /**
     * Whether the event just recorded moves the whereabouts to its place.
     *
     * @param event the event's date (a month or a year as its first day)
     * @param place the event's place; null when it names none
     * @param latestOther the date of the latest other event of the case; null when it is the first
     * @param confirmedOn when the current whereabouts were confirmed; null when nobody said
     */
    public static boolean follow(LocalDate event, String place, LocalDate latestOther, LocalDate confirmedOn) {
        if (place == null || place.isBlank()) {
            return false;
        }
        if (latestOther != null && event.isBefore(latestOther)) {
            return false;
        }
        return confirmedOn == null || !event.isBefore(confirmedOn);
    }
}
