package org.homeward.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.homeward.access.SignInPages;
import org.homeward.platform.web.PageMessages;
import org.homeward.platform.web.SameOrigin;

/** The sign-in page. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    PageMessages messages;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!SameOrigin.of(request)) {
            // The sign-in page keeps no view state, hence no CSRF token: a post from another site
            // (signing a victim in to the attacker's account) is refused by its origin instead.
            password = null;
            messages.error(messages.texts().get("signIn.failed"));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            external.redirect(external.getRequestContextPath() + returnTo(request, response));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (request.getAttribute(SignInPages.RETRY_AFTER) instanceof Long seconds) {
            // About the address, not the account: it tells nothing about whether the user exists.
            messages.error(messages.texts().get("signIn.tooManyAttempts", seconds));
        } else {
            // One message for every refusal: it must not tell whether the user exists or is locked.
            messages.error(messages.texts().get("signIn.failed"));
        }
    }

    private static String returnTo(HttpServletRequest request, HttpServletResponse response) {
        String saved = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (SignInPages.RETURN_TO.equals(cookie.getName())) {
                    saved = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                }
            }
        }
        if (saved != null) {
            Cookie spent = new Cookie(SignInPages.RETURN_TO, "");
            spent.setPath(request.getContextPath() + SignInPages.LOGIN_PAGE);
            spent.setMaxAge(0);
            response.addCookie(spent);
        }
        // Only a path of this site: never an absolute URL someone slipped in (open redirect).
        if (saved != null && saved.startsWith("/") && !saved.startsWith("//") && !saved.startsWith("/\\")
                && !saved.startsWith(SignInPages.LOGIN_PAGE)) {
            return saved;
        }
        return "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
