package org.homeward.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.access.UserService;
import org.homeward.access.UserSummary;

/** Administration: the list of accounts. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private List<UserSummary> all;
    private List<UserSummary> filtered;

    public List<UserSummary> getAll() {
        if (all == null) {
            all = users.list();
        }
        return all;
    }

    public List<UserSummary> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<UserSummary> filtered) {
        this.filtered = filtered;
    }
}
