package org.homeward.platform;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.server.session.SessionConfig;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SessionConfigWrapper;
import io.undertow.util.AttachmentKey;
import jakarta.servlet.ServletContext;

/**
 * Over HTTPS the session cookie is named with the {@code __Host-} prefix: a browser then accepts it only
 * when it is Secure, for Path=/ and without Domain, so that no other host of the domain (nor a plain
 * HTTP answer slipped in by someone on the network) can set or overwrite a user's session cookie.
 * Browsers refuse such a cookie without Secure, so on plain HTTP (development) the cookie keeps its
 * configured name. The servlet container has one name for all requests; this extension (registered in
 * META-INF/services) chooses per request, and leaves everything else to the container's own handling.
 */
public class HostBoundSessionCookie implements SessionConfig {

    static final String PREFIX = "__Host-";

    /** The id given in this answer, found again by later steps of the same request. */
    private static final AttachmentKey<String> ID = AttachmentKey.create(String.class);

    private final SessionConfig plain;
    private final String name;

    HostBoundSessionCookie(SessionConfig plain, String plainName) {
        this.plain = plain;
        this.name = PREFIX + plainName;
    }

    @Override
    public void setSessionId(HttpServerExchange exchange, String sessionId) {
        if (!exchange.isSecure()) {
            plain.setSessionId(exchange, sessionId);
            return;
        }
        exchange.setResponseCookie(cookie(sessionId));
        exchange.putAttachment(ID, sessionId);
    }

    @Override
    public void clearSession(HttpServerExchange exchange, String sessionId) {
        if (!exchange.isSecure()) {
            plain.clearSession(exchange, sessionId);
            return;
        }
        exchange.setResponseCookie(cookie("").setMaxAge(0));
        exchange.removeAttachment(ID);
    }

    @Override
    public String findSessionId(HttpServerExchange exchange) {
        if (!exchange.isSecure()) {
            return plain.findSessionId(exchange);
        }
        String set = exchange.getAttachment(ID);
        if (set != null) {
            return set;
        }
        Cookie sent = exchange.getRequestCookie(name);
        return sent == null ? null : sent.getValue();
    }

    @Override
    public SessionCookieSource sessionCookieSource(HttpServerExchange exchange) {
        return exchange.isSecure() ? SessionCookieSource.COOKIE : plain.sessionCookieSource(exchange);
    }

    @Override
    public String rewriteUrl(String originalUrl, String sessionId) {
        // Sessions are tracked by cookie only (web.xml): an id never goes into a URL.
        return originalUrl;
    }

    private Cookie cookie(String value) {
        return new CookieImpl(name, value).setPath("/").setSecure(true).setHttpOnly(true).setSameSiteMode("Strict");
    }

    /** Puts the choice in front of whatever session cookie handling the server has set up. */
    public static class Extension implements ServletExtension {

        @Override
        public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
            SessionConfigWrapper before = deployment.getSessionConfigWrapper();
            deployment.setSessionConfigWrapper((config, running) -> {
                SessionConfig inner = before == null ? config : before.wrap(config, running);
                return new HostBoundSessionCookie(inner, running.getServletContext().getSessionCookieConfig().getName());
            });
        }
    }
}
