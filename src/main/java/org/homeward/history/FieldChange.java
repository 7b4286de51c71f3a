package org.homeward.history;

import java.io.Serializable;

/**
 * One field of a record that a change altered: its name (as the API knows it), the type of its values,
 * and the values before and after, as identifiers rather than words (codes, ISO dates, case numbers,
 * usernames) so that a client can read them in any language. The type says how: the simple name of an
 * enum (its words are in the bundles under that prefix) or one of the constants here.
 */
public record FieldChange(String field, String type, String before, String after) implements Serializable {

    public static final String TEXT = "text";
    public static final String BOOLEAN = "boolean";
    /** A day, {@code yyyy-MM-dd}. */
    public static final String DAY = "day";
    /** A moment, ISO-8601 in UTC. */
    public static final String MOMENT = "moment";
    /** A source of information named as evidence: its kind's code, then the day it was received if known. */
    public static final String SOURCE = "source";
    /**
     * A value the reader may not see (personal data read by an auditor who has not revealed it): before
     * and after are {@link #MASK} when the field had a value, null when it was empty.
     */
    public static final String HIDDEN = "hidden";
    public static final String MASK = "•••";
}
