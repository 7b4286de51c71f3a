package org.homeward.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects name the path only. The servlet container would make a redirect absolute with the host
 * the request claimed (its Host header), so a forged header would send the browser, or a cache that
 * stores the answer, to another site; a relative Location (RFC 9110) is resolved by the browser
 * against the address it really asked, and needs no configured public address that could be wrong.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RelativeRedirects extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                send(response, location);
            }
        });
    }

    /** Answers 302 to {@code location} as given, a path of this site or an absolute address. */
    public static void send(HttpServletResponse response, String location) throws IOException {
        if (response.isCommitted()) {
            throw new IllegalStateException("the answer has already begun: no redirect");
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        response.flushBuffer();
    }
}
