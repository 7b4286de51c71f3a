package org.homeward.access.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.homeward.access.UserService;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.web.PageMessages;

/** "Change my password", also the page a user with a temporary password is sent to. */
@Named
@ViewScoped
public class PasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    PageMessages messages;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() throws IOException {
        try {
            if (newPassword == null || !newPassword.equals(repeatedPassword)) {
                throw new InvalidInput(FieldError.of("repeatedPassword", "password.mismatch"));
            }
            users.changeOwnPassword(currentPassword, newPassword);
        } catch (InvalidInput invalid) {
            messages.invalid("passwordForm", invalid);
            return;
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
        messages.info("password.changed");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
