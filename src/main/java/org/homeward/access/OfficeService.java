package org.homeward.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.homeward.audit.LastChange;
import org.homeward.platform.ConcurrentSave;
import org.homeward.platform.FieldError;
import org.homeward.platform.NotFound;
import org.homeward.platform.Validation;
import org.homeward.platform.Role;

/** The offices of the bureau. Everyone signed in may list them; only administrators change them. */
@Stateless
public class OfficeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    LastChange lastChange;

    @Inject
    OfficeRepository offices;

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR, Role.Names.PARTNER, Role.Names.AUDITOR, Role.Names.ADMIN})
    public List<OfficeRow> list() {
        return offices.all().stream().map(OfficeRow::of).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public OfficeRow create(OfficeForm form) {
        List<FieldError> errors = validation.check(form);
        if (errors.stream().noneMatch(e -> e.field().equals("code")) && offices.find(form.getCode()) != null) {
            errors.add(FieldError.of("code", "office.code.taken", form.getCode()));
        }
        Validation.reject(errors);
        Office office = new Office(form.getCode(), form.getName(), form.isHeadOffice());
        offices.add(office);
        ConcurrentSave.flush(em);
        return OfficeRow.of(office);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public OfficeRow rename(String code, String newName, long versionRead) {
        Office office = offices.find(code);
        if (office == null) {
            throw new NotFound("office", code);
        }
        OfficeForm form = new OfficeForm();
        form.setCode(office.getCode());
        form.setName(newName);
        Validation.reject(validation.check(form));
        if (office.getVersion() != versionRead) {
            throw lastChange.conflictOn(Office.class, office.getId());
        }
        office.rename(form.getName());
        ConcurrentSave.flush(em);
        return OfficeRow.of(office);
    }
}
