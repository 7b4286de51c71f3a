package org.homeward.export.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;

/** A partner has nothing but exports in Homeward, so their home is the Exports page. */
@Named
@RequestScoped
public class PartnerLanding {

    @Inject
    CurrentUser currentUser;

    /** For the home page's view action: the Exports page for a user who is only a partner. */
    public String open() {
        return onlyPartner() ? "/exports/index?faces-redirect=true" : null;
    }

    public boolean onlyPartner() {
        return currentUser.getRoles().equals(Set.of(Role.PARTNER));
    }
}
