package org.homeward.platform;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

/**
 * Redirects name the path only. The servlet container makes every redirect absolute with the host the
 * request claimed (its Host header: the sign-in redirect, a directory's trailing slash, Faces'
 * post-redirect-get), so a forged header would send the browser, or a cache that stores the answer,
 * to another site. Just before an answer goes out, a Location on the claimed host loses its scheme and
 * host; a relative Location (RFC 9110) is resolved by the browser against the address it really asked,
 * and needs no configured public address that could be wrong. Registered in META-INF/services.
 */
public class RelativeRedirects implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(RelativeRedirects::relative);
            next.handleRequest(exchange);
        });
    }

    private static void relative(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        String relative = withoutClaimedHost(location, exchange.getRequestHeaders().getFirst(Headers.HOST));
        if (relative != null && !relative.equals(location)) {
            exchange.getResponseHeaders().put(Headers.LOCATION, relative);
        }
    }

    /** {@code location} without scheme and host when it names the claimed host; otherwise as it is. */
    static String withoutClaimedHost(String location, String host) {
        if (location == null || host == null) {
            return location;
        }
        for (String scheme : new String[] {"http://", "https://"}) {
            String origin = scheme + host;
            if (location.regionMatches(true, 0, origin, 0, origin.length())) {
                String rest = location.substring(origin.length());
                if (rest.isEmpty()) {
                    return "/";
                }
                if (rest.startsWith("/") && !rest.startsWith("//")) {
                    return rest;
                }
            }
        }
        return location;
    }
}
