package org.homeward.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.access.UserService;
import org.homeward.access.UserRow;

/** Administration: the list of accounts. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private List<UserRow> all;
    private List<UserRow> filtered;

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

    public List<UserRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<UserRow> filtered) {
        this.filtered = filtered;
    }
}
