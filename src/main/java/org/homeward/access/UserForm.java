package org.homeward.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.homeward.platform.PlainText;
import org.homeward.platform.Role;

/**
 * What an administrator fills in for an account. The same form serves the web page and the API; the
 * service validates it before anything is written.
 */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a username may be: lower-case letters, digits, dots, dashes and underscores. */
    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    @NotBlank(message = "{user.username.required}")
    @Size(min = 2, max = UserAccount.MAX_USERNAME, message = "{user.username.size}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{user.username.pattern}")
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = UserAccount.MAX_DISPLAY_NAME, message = "{user.displayName.size}")
    @PlainText
    private String displayName;

    @NotBlank(message = "{user.office.required}")
    private String office;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Only when creating an account: the temporary password the new user must change. */
    private String temporaryPassword;

    /** Only when editing: the version that was read, so that a concurrent change is not overwritten. */
    private long version;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
