package org.homeward.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a form post comes from a page of this site. Pages of a signed-in user carry their CSRF
 * token in the server-side view state; the sign-in page keeps no state (so that it costs no session),
 * and the browser's Origin header (or, where a browser sends none, its Referer) must then name the
 * host the request was sent to. A forged post from another site carries that site's origin, and a
 * page cannot set either header itself.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean of(HttpServletRequest request) {
        return of(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"));
    }

    static boolean of(String origin, String referer, String host) {
        String claimed = origin != null ? origin : referer;
        if (claimed == null || host == null) {
            return false;
        }
        try {
            URI uri = new URI(claimed);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || withoutDefaultPort(host, uri.getScheme()).equalsIgnoreCase(authority);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host, String scheme) {
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }
}
