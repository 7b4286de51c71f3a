package org.homeward.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The network address the current request came from, for the audit trail and the access log. Read
 * from the request itself, so it is known already while the caller is being authenticated. Behind
 * a reverse proxy, configure the server's proxy-address-forwarding so that this is the client's
 * address and not the proxy's; a forwarding header is never trusted here, because any client can
 * send one.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServletRequest request;

    /** The client's address, or null outside an HTTP request (start-up, timers). */
    public String value() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noHttpRequest) {
            return null;
        }
    }
}
