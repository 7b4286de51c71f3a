package org.homeward.history.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.homeward.history.CaseHistoryService.CaseHistory;
import org.homeward.history.CaseHistoryService;
import org.homeward.platform.Messages;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.ErrorStatus;

/** The history page of a case: the timeline of field-level changes and who opened the record, with filters. */
@Named
@ViewScoped
public class CaseHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseHistoryService histories;

    private Long id;
    private String username;
    private LocalDate from;
    private LocalDate to;
    private CaseHistory history;

    public void load() {
        if (history != null) {
            return;
        }
        if (id == null) {
            ErrorStatus.notFound("no case given");
            return;
        }
        try {
            history = histories.of(id, username, from, to);
        } catch (NotFound notFound) {
            ErrorStatus.notFound("no such case");
        }
    }

    public void filter() {
        history = histories.of(id, username, from, to);
    }

    /** A field's label in the reader's language, or its name when the texts have none. */
    public String label(String part, String field) {
        Messages texts = Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        String key = "Person".equals(part) ? "field." + field : "history.field." + field;
        String text = texts.get(key);
        return text.startsWith("???") ? field : text;
    }

    public CaseHistory getHistory() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
