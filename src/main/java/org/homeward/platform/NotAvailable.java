package org.homeward.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The record exists but what was asked of it cannot be given: not yet (409, e.g. an export still
 * running) or no longer (410, e.g. an export cancelled or past its retention). The message key and its
 * arguments say which, in the user's language.
 */
@ApplicationException(rollback = true)
public class NotAvailable extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final List<Object> arguments;

    private NotAvailable(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public static NotAvailable notYet(String messageKey, Object... arguments) {
        return new NotAvailable(409, messageKey, arguments);
    }

    public static NotAvailable noLonger(String messageKey, Object... arguments) {
        return new NotAvailable(410, messageKey, arguments);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
