package org.homeward.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.homeward.access.UserService;
import org.homeward.access.UserRow;

/** Supervisors: the staff of their office (all offices for the head office). */
@Named
@RequestScoped
public class StaffPage {

    @Inject
    UserService users;

    private List<UserRow> staff;

    public List<UserRow> getStaff() {
        if (staff == null) {
            staff = users.staff();
        }
        return staff;
    }
}
