package org.homeward.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.access.OfficeForm;
import org.homeward.access.OfficeService;
import org.homeward.access.OfficeRow;
import org.homeward.platform.web.PageMessages;

/** Administration: offices. Create one, or rename one (the code never changes). */
@Named
@ViewScoped
public class OfficesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficeService offices;

    @Inject
    PageMessages messages;

    private List<OfficeRow> all;
    private OfficeForm newOffice = new OfficeForm();
    private OfficeForm renamed;

    public List<OfficeRow> getAll() {
        if (all == null) {
            all = offices.list();
        }
        return all;
    }

    public void create() {
        messages.carryOut("newOfficeForm", () -> {
            OfficeRow created = offices.create(newOffice);
            messages.info("office.created", created.code());
            newOffice = new OfficeForm();
            all = null;
        });
    }

    public void edit(OfficeRow office) {
        renamed = new OfficeForm();
        renamed.setCode(office.code());
        renamed.setName(office.name());
        renamed.setVersion(office.version());
    }

    public void rename() {
        messages.carryOut("renameForm", () -> {
            offices.rename(renamed.getCode(), renamed.getName(), renamed.getVersion());
            messages.info("office.renamed", renamed.getCode());
            renamed = null;
            all = null;
        });
    }

    public void cancelRename() {
        renamed = null;
    }

    public OfficeForm getNewOffice() {
        return newOffice;
    }

    public OfficeForm getRenamed() {
        return renamed;
    }
}
