package org.homeward.access;

import jakarta.ejb.ApplicationException;

/** A sign-in refused unchecked because its client address failed too often just before. */
@ApplicationException
public class TooManyAttempts extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super("too many failed sign-ins from this address; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
