package org.homeward.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.homeward.access.CurrentUser;
import org.homeward.access.SignIn;
import org.homeward.access.SignInPages;

/** Signing out, from the header of every page. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    SignIn signIn;

    @Inject
    CurrentUser currentUser;

    public void signOut() throws IOException {
        String username = currentUser.getUsername();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (username != null) {
            signIn.signedOut(username);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SignInPages.LOGIN_PAGE + "?signedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
