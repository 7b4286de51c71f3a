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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.homeward.access.SignInPages;
import org.homeward.platform.web.PageMessages;

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
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + returnTo(request.getSession(false)));
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

    private static String returnTo(HttpSession session) {
        Object saved = session == null ? null : session.getAttribute(SignInPages.RETURN_TO);
        if (session != null) {
            session.removeAttribute(SignInPages.RETURN_TO);
        }
        // Only a path of this site: never an absolute URL someone slipped in (open redirect).
        if (saved instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.startsWith(SignInPages.LOGIN_PAGE)) {
            return path;
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
