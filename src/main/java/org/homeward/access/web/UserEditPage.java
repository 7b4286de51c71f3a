package org.homeward.access.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Set;
import org.homeward.access.OfficeService;
import org.homeward.access.OfficeRow;
import org.homeward.platform.Role;
import org.homeward.access.UserForm;
import org.homeward.access.UserService;
import org.homeward.access.UserRow;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.PageMessages;

/** Administration: one account, new or existing. */
@Named
@ViewScoped
public class UserEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    OfficeService offices;

    @Inject
    PageMessages messages;

    private Long id;
    private UserRow user;
    private final UserForm form = new UserForm();
    private List<String> roles = new ArrayList<>();
    private String temporaryPassword;
    private List<OfficeRow> officeChoices;

    /** Called on page load with the id from the URL; without one the page creates a new account. */
    public void load() throws IOException {
        if (id == null || user != null) {
            return;
        }
        try {
            show(users.get(id));
        } catch (NotFound notFound) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(404, "no such account");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void show(UserRow loaded) {
        user = loaded;
        id = loaded.id();
        form.setUsername(loaded.username());
        form.setDisplayName(loaded.displayName());
        form.setOffice(loaded.officeCode());
        form.setVersion(loaded.version());
        // A role waiting for confirmation stays ticked: saving the form again keeps asking for it, not dropping it.
        roles = new ArrayList<>(Stream.concat(loaded.roles().stream(), loaded.pendingRoles().stream())
                .map(Role::name).sorted().toList());
    }

    public String save() {
        form.setRoles(selectedRoles());
        String password = temporaryPassword;
        // The temporary password is never kept in the view, whether the save went through or not.
        temporaryPassword = null;
        return messages.submit("userForm", () -> {
            if (isNew()) {
                form.setTemporaryPassword(password);
                UserRow created = users.create(form);
                messages.info("user.created", created.username());
                pendingRoles(created);
                return "/admin/user?faces-redirect=true&id=" + created.id();
            }
            show(users.update(id, form));
            messages.info("user.saved", user.username());
            pendingRoles(user);
            return null;
        });
    }

    private void pendingRoles(UserRow saved) {
        if (!saved.pendingRoles().isEmpty()) {
            messages.info("roleGrant.asked", saved.pendingRoles().stream()
                    .map(role -> messages.texts().get("role." + role.name())).sorted().collect(Collectors.joining(", ")));
        }
    }

    public void deactivate() {
        messages.carryOut("userForm", () -> {
            show(users.deactivate(id, user.version()));
            messages.info("user.deactivated", user.username());
        });
    }

    public void activate() {
        messages.carryOut("userForm", () -> {
            show(users.activate(id, user.version()));
            messages.info("user.activated", user.username());
        });
    }

    public void resetPassword() {
        String password = temporaryPassword;
        temporaryPassword = null;
        messages.carryOut("resetForm", () -> {
            show(users.resetPassword(id, password));
            messages.info("user.passwordReset", user.username());
        });
    }

    private Set<Role> selectedRoles() {
        Set<Role> selected = EnumSet.noneOf(Role.class);
        for (String name : roles) {
            selected.add(Role.valueOf(name));
        }
        return selected;
    }

    public boolean isNew() {
        return user == null;
    }

    public List<String> getRoleChoices() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<OfficeRow> getOfficeChoices() {
        if (officeChoices == null) {
            officeChoices = offices.list();
        }
        return officeChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserRow getUser() {
        return user;
    }

    public UserForm getForm() {
        return form;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
