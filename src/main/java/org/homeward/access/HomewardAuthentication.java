package org.homeward.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.homeward.platform.DatabaseOutage;
import org.homeward.platform.Messages;
import org.homeward.platform.api.UnauthorizedServlet;

/**
 * How a request proves who sent it. People in the browser sign in once on the sign-in page and carry
 * a session; scripts using the JSON API send HTTP Basic credentials with every request and never get
 * a session. Both are checked by {@link SignIn} against the same users.
 */
@ApplicationScoped
public class HomewardAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute read by {@link PasswordChangeGate}. */
    static final String MUST_CHANGE_PASSWORD = "homeward.mustChangePassword";

    /** How long the sign-in page remembers where the user was going. */
    private static final int RETURN_TO_SECONDS = 15 * 60;

    @Inject
    SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return identify(request, response, context);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.caused(failure)) {
                throw failure;
            }
            return databaseUnavailable(request, response);
        }
    }

    /**
     * The database is away (restarting): nobody can be recognised, and that is no fault of theirs. A
     * page is answered with the 503 page, an API call with the JSON error, both "try again shortly".
     */
    private AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response) {
        DatabaseOutage.answered("sign-in");
        try {
            response.setHeader("Retry-After", "5");
            if (isApi(request)) {
                String message = Messages.in(request.getLocale()).get("error.unavailable");
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(Json.createObjectBuilder().add("status", 503).add("message", message).build().toString());
                response.flushBuffer();
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus identify(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        if (isApi(request)) {
            return authenticateApiCall(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signInFromForm(request, context, form);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SignInPages.SESSION_USER);
        if (username != null) {
            Optional<Caller> caller = signIn.resume(username, (Long) session.getAttribute(SignInPages.SESSION_EPOCH));
            if (caller.isPresent()) {
                return admit(request, context, caller.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return sendToSignIn(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signInFromForm(HttpServletRequest request, HttpMessageContext context,
                                                UsernamePasswordCredential form) {
        Optional<Caller> caller;
        try {
            caller = signIn.attempt(form.getCaller(), form.getPasswordAsString());
        } catch (TooManyAttempts wait) {
            request.setAttribute(SignInPages.RETRY_AFTER, wait.retryAfterSeconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in: an id planted before (session fixation) is worth nothing after.
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        session = request.getSession(true);
        session.setAttribute(SignInPages.SESSION_USER, caller.get().username());
        session.setAttribute(SignInPages.SESSION_EPOCH, caller.get().sessionEpoch());
        return admit(request, context, caller.get());
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<String[]> credentials = decodeBasic(authorization.substring(6).trim());
            Optional<Caller> caller;
            try {
                caller = credentials.flatMap(c -> signIn.attemptApiCall(c[0], c[1]));
            } catch (TooManyAttempts wait) {
                return tooManyAttempts(request, response, wait.retryAfterSeconds());
            }
            if (caller.isPresent()) {
                return admit(request, context, caller.get());
            }
            return unauthorized(request, context, "Wrong username or password, or the account is locked.");
        }
        if (context.isProtected()) {
            return unauthorized(request, context, "Authentication required: HTTP Basic with a Homeward account.");
        }
        return context.doNothing();
    }

    private AuthenticationStatus admit(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(MUST_CHANGE_PASSWORD, caller.mustChangePassword());
        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }

    private AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        String loginUrl = request.getContextPath() + SignInPages.LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An AJAX request of an expired session: a plain redirect would hand the login page's HTML
            // to the Faces script; a partial-response redirect makes the browser go there.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + loginUrl + "\"></redirect></partial-response>");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String asked = request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
            Cookie returnTo = new Cookie(SignInPages.RETURN_TO, URLEncoder.encode(asked, StandardCharsets.UTF_8));
            returnTo.setPath(loginUrl);
            returnTo.setHttpOnly(true);
            returnTo.setSecure(request.isSecure());
            returnTo.setMaxAge(RETURN_TO_SECONDS);
            response.addCookie(returnTo);
        }
        return context.redirect(loginUrl);
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                        long retryAfterSeconds) {
        // The container answers through its 429 error page, UnauthorizedServlet, which writes the JSON.
        request.setAttribute(UnauthorizedServlet.MESSAGE,
                "Too many failed sign-ins from your address. Try again in " + retryAfterSeconds + " seconds.");
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        try {
            response.sendError(429);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpMessageContext context,
                                                     String message) {
        // The container answers 401 through its error page, UnauthorizedServlet, which writes the JSON.
        request.setAttribute(UnauthorizedServlet.MESSAGE, message);
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"Homeward\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    static Optional<String[]> decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }
}
