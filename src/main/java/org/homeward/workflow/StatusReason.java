package org.homeward.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.homeward.platform.Messages;

/**
 * Why the system moved a person (listed on a round, exchanged, the round cancelled…): a message key of
 * the bundles ({@code statusReason.*}) and its arguments (a round's name, a date, the words a supervisor
 * typed), so that the move reads in the reader's language, not in the one of whoever triggered it.
 */
public record StatusReason(String code, List<String> arguments) {

    /**
     * Separates the arguments where they are stored (one column). The unit separator, a control
     * character: round names and typed reasons are refused when they hold one, so no argument can
     * pass for two.
     */
    static final String SEPARATOR = "\u001F";

    public StatusReason {
        Objects.requireNonNull(code, "a status reason has a code");
        arguments = List.copyOf(arguments);
    }

    public static StatusReason of(String code, String... arguments) {
        return new StatusReason(code, List.of(arguments));
    }

    /** The reason in words of that language. */
    public String in(Locale locale) {
        return Messages.in(locale).get(code, arguments.toArray());
    }

    String storedArguments() {
        return arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
    }

    static StatusReason stored(String code, String arguments) {
        return new StatusReason(code, arguments == null ? List.of() : List.of(arguments.split(SEPARATOR, -1)));
    }
}
