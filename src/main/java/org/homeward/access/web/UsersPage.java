package org.homeward.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.access.RoleGrant;
import org.homeward.access.RoleGrantRow;
import org.homeward.access.RoleGrantService;
import org.homeward.access.UserService;
import org.homeward.access.UserRow;
import org.homeward.platform.web.PageMessages;

/** Administration: the list of accounts, and the role grants waiting for a second administrator. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    RoleGrantService grants;

    @Inject
    PageMessages messages;

    private List<UserRow> all;
    private List<UserRow> filtered;
    private List<RoleGrantRow> pending;

    public List<UserRow> getAll() {
        if (all == null) {
            all = users.list();
        }
        return all;
    }

    /** Accounts locked now after many failed sign-ins: administrators are told at the top of the list. */
    public List<UserRow> getLocked() {
        return getAll().stream().filter(UserRow::locked).toList();
    }

    public List<RoleGrantRow> getPending() {
        if (pending == null) {
            pending = grants.list(RoleGrant.State.PENDING);
        }
        return pending;
    }

    public void confirm(RoleGrantRow grant) {
        decided(messages.submit("grantsForm", () -> grants.confirm(grant.id()), this::reload), "roleGrant.confirmed");
    }

    public void refuse(RoleGrantRow grant) {
        decided(messages.submit("grantsForm", () -> grants.refuse(grant.id()), this::reload), "roleGrant.refused");
    }

    private void decided(RoleGrantRow grant, String messageKey) {
        if (grant != null) {
            messages.info(messageKey, grant.username(), messages.texts().get("role." + grant.role().name()));
            reload();
        }
    }

    private void reload() {
        all = null;
        pending = null;
    }

    public List<UserRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<UserRow> filtered) {
        this.filtered = filtered;
    }
}
