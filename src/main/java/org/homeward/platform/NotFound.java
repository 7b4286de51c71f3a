package org.homeward.platform;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist, or is outside what the caller may know exists. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
