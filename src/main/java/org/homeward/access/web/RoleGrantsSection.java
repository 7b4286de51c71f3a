package org.homeward.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.access.RoleGrantRow;
import org.homeward.access.RoleGrantService;

/** The auditor's view of every role grant: who asked, who confirmed or refused it, and when. */
@Named
@ViewScoped
public class RoleGrantsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoleGrantService grants;

    private List<RoleGrantRow> all;

    public void show() {
        all = grants.list(null);
    }

    public List<RoleGrantRow> getAll() {
        return all;
    }
}
