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
import java.util.Set;
import org.homeward.access.OfficeService;
import org.homeward.access.OfficeSummary;
import org.homeward.access.Role;
import org.homeward.access.UserForm;
import org.homeward.access.UserService;
import org.homeward.access.UserSummary;
import org.homeward.platform.Conflict;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.PageMessages;

/** Administration: one account, new or existing. */
@Named
@ViewScoped
public class UserEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    OfficeService offices;

    @Inject
    PageMessages messages;

    private Long id;
    private UserSummary user;
    private final UserForm form = new UserForm();
    private List<String> roles = new ArrayList<>();
    private String temporaryPassword;
    private List<OfficeSummary> officeChoices;

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

    private void show(UserSummary loaded) {
        user = loaded;
        id = loaded.id();
        form.setUsername(loaded.username());
        form.setDisplayName(loaded.displayName());
        form.setOffice(loaded.officeCode());
        form.setVersion(loaded.version());
        roles = new ArrayList<>(loaded.roles().stream().map(Role::name).sorted().toList());
    }

    public void save() throws IOException {
        form.setRoles(selectedRoles());
        try {
            if (isNew()) {
                form.setTemporaryPassword(temporaryPassword);
                UserSummary created = users.create(form);
                messages.info("user.created", created.username());
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/admin/user.xhtml?id=" + created.id());
            } else {
                show(users.update(id, form));
                messages.info("user.saved", user.username());
            }
        } catch (InvalidInput invalid) {
            messages.invalid("userForm", invalid);
        } catch (Conflict conflict) {
            messages.conflict(conflict);
        } finally {
            temporaryPassword = null;
        }
    }

    public void deactivate() {
        try {
            show(users.deactivate(id, user.version()));
            messages.info("user.deactivated", user.username());
        } catch (InvalidInput invalid) {
            messages.invalid("userForm", invalid);
        } catch (Conflict conflict) {
            messages.conflict(conflict);
        }
    }

    public void activate() {
        try {
            show(users.activate(id, user.version()));
            messages.info("user.activated", user.username());
        } catch (Conflict conflict) {
            messages.conflict(conflict);
        }
    }

    public void resetPassword() {
        try {
            show(users.resetPassword(id, temporaryPassword));
            messages.info("user.passwordReset", user.username());
        } catch (InvalidInput invalid) {
            messages.invalid("resetForm", invalid);
        } finally {
            temporaryPassword = null;
        }
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

    public List<OfficeSummary> getOfficeChoices() {
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

    public UserSummary getUser() {
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
