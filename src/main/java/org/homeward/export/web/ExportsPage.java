package org.homeward.export.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Role;
import org.homeward.export.AgreementRecord;
import org.homeward.export.Dimension;
import org.homeward.export.ExportFile;
import org.homeward.export.ExportJobRecord;
import org.homeward.export.ExportOrder;
import org.homeward.export.ExportProfile;
import org.homeward.export.ExportService;
import org.homeward.export.OrganisationRecord;
import org.homeward.export.PartnerService;
import org.homeward.person.Category;
import org.homeward.person.RepatriationStatus;
import org.homeward.platform.NotAvailable;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.PageMessages;

/**
 * The Exports page, for partners (their agreements, what they grant) and supervisors (the full case
 * list of their scope, and the agreements): a form to start an export, which always runs as a job, and
 * the user's jobs with their progress, a download and a cancel.
 */
@Named
@ViewScoped
public class ExportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportService exports;

    @Inject
    PartnerService partners;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String profile;
    private Category category;
    private RepatriationStatus status;
    private Dimension rows = Dimension.STATUS;
    private Dimension columns = Dimension.CATEGORY;
    private String purpose;
    private String zipPassword;
    private boolean hxl = true;
    private boolean bom;

    private List<ExportProfile> profiles;
    private List<AgreementRecord> agreements;

    public List<ExportProfile> getProfiles() {
        if (profiles == null) {
            profiles = exports.profiles();
        }
        return profiles;
    }

    /** A partner's own agreements; for a supervisor, every partner's. */
    public List<AgreementRecord> getAgreements() {
        if (agreements == null) {
            agreements = currentUser.hasRole(Role.SUPERVISOR)
                    ? partners.organisations().stream().flatMap(o -> o.agreements().stream()).toList()
                    : exports.myAgreements();
        }
        return agreements;
    }

    /** Read afresh on every render, so the progress moves. */
    public List<ExportJobRecord> getJobs() {
        return exports.myJobs();
    }

    public void start() {
        Map<String, String> filters = new LinkedHashMap<>();
        if (category != null) {
            filters.put("category", category.name());
        }
        if (status != null) {
            filters.put("status", status.name());
        }
        if (ExportProfile.AGGREGATE.name().equals(profile)) {
            filters.put("rows", rows.name());
            filters.put("columns", columns.name());
        }
        String password = zipPassword == null || zipPassword.isEmpty() ? null : zipPassword;
        // The ZIP password is never kept, whether the export started or not.
        zipPassword = null;
        messages.carryOut("exportForm", () -> {
            ExportJobRecord job = exports.export(new ExportOrder(profile, filters, purpose, password, hxl, bom, null, true));
            messages.info("export.started", job.id());
            purpose = null;
        });
    }

    public void cancel(long id) {
        try {
            exports.cancel(id);
            messages.info("export.cancelled", id);
        } catch (NotFound | NotAvailable gone) {
            messages.error(messages.texts().get("export.file.cancelled", id));
        }
    }

    public void download(long id) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExportFile file;
        try {
            file = exports.file(id);
        } catch (NotAvailable unavailable) {
            messages.error(messages.texts().get(unavailable.messageKey(), unavailable.arguments().toArray()));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(file.mediaType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file.downloadName() + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            Files.copy(file.path(), out);
        }
        faces.responseComplete();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public RepatriationStatus[] getStatuses() {
        return RepatriationStatus.values();
    }

    public Dimension[] getDimensions() {
        return Dimension.values();
    }

    public List<OrganisationRecord> getOrganisations() {
        return partners.organisations();
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public RepatriationStatus getStatus() {
        return status;
    }

    public void setStatus(RepatriationStatus status) {
        this.status = status;
    }

    public Dimension getRows() {
        return rows;
    }

    public void setRows(Dimension rows) {
        this.rows = rows;
    }

    public Dimension getColumns() {
        return columns;
    }

    public void setColumns(Dimension columns) {
        this.columns = columns;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getZipPassword() {
        return null;
    }

    public void setZipPassword(String zipPassword) {
        this.zipPassword = zipPassword;
    }

    public boolean isHxl() {
        return hxl;
    }

    public void setHxl(boolean hxl) {
        this.hxl = hxl;
    }

    public boolean isBom() {
        return bom;
    }

    public void setBom(boolean bom) {
        this.bom = bom;
    }
}
