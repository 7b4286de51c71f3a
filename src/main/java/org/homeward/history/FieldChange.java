package org.homeward.history;

/** One field of a record that a change altered: its name (as the API knows it), before and after. */
public record FieldChange(String field, String before, String after) {
}
