package org.homeward.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.homeward.access.UserService;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.web.PageMessages;

/** "Change my password", also the page a user with a temporary password is sent to. */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    PageMessages messages;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public String change() {
        String current = currentPassword;
        String chosen = newPassword;
        String repeated = repeatedPassword;
        // Passwords are never kept in the view, whether the change was made or not.
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
        return messages.submit("passwordForm", () -> {
            if (chosen == null || !chosen.equals(repeated)) {
                throw new InvalidInput(FieldError.of("repeatedPassword", "password.mismatch"));
            }
            users.changeOwnPassword(current, chosen);
            messages.info("password.changed");
            return "/index?faces-redirect=true";
        });
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
