package org.homeward.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Records where each request comes from. Behind a reverse proxy, configure the server's
 * proxy-address-forwarding so that getRemoteAddr is the client's and not the proxy's; the header
 * itself is never trusted here, because any client can send one.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clientAddress.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
