package org.homeward.person.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.homeward.person.PersonRecord;
import org.homeward.person.PersonService;
import org.homeward.platform.NotFound;

/** The case page: a person's whole record, as far as the reader may see it. Opening it is on file. */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonService persons;

    private Long id;
    private PersonRecord record;

    public void load() throws IOException {
        if (record != null) {
            return;
        }
        if (id == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no case given");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            record = persons.get(id);
        } catch (NotFound notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such case");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getAliases() {
        return record.aliases().isEmpty() ? "—" : String.join(", ", record.aliases());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonRecord getRecord() {
        return record;
    }
}
