package org.homeward.platform;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The sentence a user sees when their save collided with someone else's: who, when, and to reload. */
public final class ConflictMessage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ConflictMessage() {
    }

    public static String of(Conflict conflict, Locale locale) {
        Messages messages = Messages.in(locale);
        if (conflict.messageKey() != null) {
            return messages.get(conflict.messageKey(), conflict.arguments().toArray());
        }
        if (conflict.changedBy() == null || conflict.changedAt() == null) {
            return messages.get("error.conflict.unknown");
        }
        return messages.get("error.conflict", conflict.changedBy(),
                TIME.format(conflict.changedAt().atZone(ZoneId.systemDefault())));
    }
}
