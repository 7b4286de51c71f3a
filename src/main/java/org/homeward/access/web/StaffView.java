package org.homeward.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.homeward.access.UserService;
import org.homeward.access.UserSummary;

/** Supervisors: the staff of their office (all offices for the head office). */
@Named
@RequestScoped
public class StaffView {

    @Inject
    UserService users;

    private List<UserSummary> staff;

    public List<UserSummary> getStaff() {
        if (staff == null) {
            staff = users.staff();
        }
        return staff;
    }
}
