package org.homeward.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address the current request came from, for the audit trail and the access log.
 * Filled by {@link RequestOriginFilter} at the start of each HTTP request.
 */
@RequestScoped
public class ClientAddress {

    private String value;

    void set(String value) {
        this.value = value;
    }

    /** The client's address, or null outside an HTTP request (start-up, timers). */
    public String value() {
        return value;
    }
}
