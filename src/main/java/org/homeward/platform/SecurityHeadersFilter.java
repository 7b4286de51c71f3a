package org.homeward.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Content-Security-Policy of every response that is not a Faces page. Pages get theirs from
 * PrimeFaces (web.xml, primefaces.CSP_POLICY) because it carries the per-request script nonce, and a
 * second policy on the same response would block that nonce. Everything else (JSON, resources,
 * the favicon) may load nothing and be framed by nobody.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        boolean facesPage = path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
        boolean welcomePage = "/".equals(path) || path.isEmpty();
        if (!facesPage && !welcomePage) {
            response.setHeader("Content-Security-Policy", STRICT_POLICY);
        }
        chain.doFilter(request, response);
    }
}
