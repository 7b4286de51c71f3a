package org.homeward.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A user with a temporary password (new account, reset by an administrator) can do one thing: choose
 * their own. Pages lead to the password page; the API answers 403 except for changing the password.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String PASSWORD_API = "/api/v1/me/password";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Boolean.TRUE.equals(request.getAttribute(HomewardAuthentication.MUST_CHANGE_PASSWORD))
                && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            if (HomewardAuthentication.isApi(request)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"status\":403,\"message\":\"Change your temporary password first: PUT "
                        + PASSWORD_API + "\"}");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.equals(PASSWORD_API)
                || path.equals(SignInPages.LOGIN_PAGE)
                || path.equals("/favicon.ico")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.startsWith("/error/");
    }
}
