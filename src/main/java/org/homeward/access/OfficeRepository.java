package org.homeward.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;

/** Finds offices by their code. Used inside the services' transactions; it has no rules of its own. */
@ApplicationScoped
public class OfficeRepository {

    @PersistenceContext
    EntityManager em;

    public Office find(String code) {
        if (code == null) {
            return null;
        }
        return em.createNamedQuery("Office.findByCode", Office.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    /** The office a form names, or an invalid-input error on that form field. */
    public Office require(String field, String code) {
        Office office = find(code);
        if (office == null) {
            throw new InvalidInput(FieldError.of(field, "office.unknown", code == null ? "" : code));
        }
        return office;
    }

    public List<Office> all() {
        return em.createNamedQuery("Office.all", Office.class).getResultList();
    }

    public void add(Office office) {
        em.persist(office);
    }
}
