package org.homeward.report;

import java.util.List;

/**
 * A row or column heading of a report: a bundle key with its arguments (a status, a category, "total"),
 * or a text as it is (a caseworker's name, a round's name, a reason the other side gave).
 */
public record Label(String key, List<Object> arguments, String text) {

    public Label {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Label of(String key, Object... arguments) {
        return new Label(key, List.of(arguments), null);
    }

    public static Label text(String text) {
        return new Label(null, List.of(), text == null ? "" : text);
    }

    /** The heading in the reader's language; arguments that are labels themselves are put in it first. */
    public String in(org.homeward.platform.Messages texts) {
        if (key == null) {
            return text;
        }
        return texts.get(key, arguments.stream().map(a -> a instanceof Label label ? label.in(texts) : a).toArray());
    }
}
