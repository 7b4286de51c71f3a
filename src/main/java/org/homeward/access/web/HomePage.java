package org.homeward.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.homeward.access.UserService;
import org.homeward.access.UserRow;

/** The start page: who is signed in, in which office, with which roles, and when they last signed in. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    UserService users;

    private UserRow me;

    public UserRow getMe() {
        if (me == null) {
            me = users.me();
        }
        return me;
    }
}
