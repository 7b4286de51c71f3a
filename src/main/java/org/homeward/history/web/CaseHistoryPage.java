package org.homeward.history.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.homeward.history.CaseHistoryService.CaseHistory;
import org.homeward.history.CaseHistoryService;
import org.homeward.history.FieldChange;
import org.homeward.platform.Messages;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.ErrorStatus;
import org.homeward.platform.web.PageMessages;

/**
 * The history page of a case: the timeline of field-level changes and who opened the record, with filters;
 * for an auditor, the values of personal fields hidden until they reveal them, giving a reason, in a dialog.
 */
@Named
@ViewScoped
public class CaseHistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseHistoryService histories;

    @Inject
    Dates dates;

    @Inject
    PageMessages messages;

    private Long id;
    private String username;
    private LocalDate from;
    private LocalDate to;
    private CaseHistory history;
    private boolean revealing;
    private String revealReason;

    public void load() {
        if (history != null) {
            return;
        }
        if (id == null) {
            ErrorStatus.notFound("no case given");
            return;
        }
        try {
            history = histories.of(id, username, from, to, locale());
        } catch (NotFound notFound) {
            ErrorStatus.notFound("no such case");
        }
    }

    /** Reads the history again with the filters; values an auditor revealed are hidden again. */
    public void filter() {
        history = histories.of(id, username, from, to, locale());
    }

    /** Opens the dialog that asks the auditor why they want to see the values. */
    public void askReveal() {
        revealing = true;
    }

    /** Shows the values in this view, once the reason is on file; a missing reason is shown beside its input. */
    public void reveal() {
        messages.carryOut("revealForm", () -> {
            history = histories.reveal(id, revealReason, username, from, to, locale());
            revealing = false;
            revealReason = null;
            messages.info("history.revealed");
        });
    }

    public void keepHidden() {
        revealing = false;
        revealReason = null;
    }

    /** A field's label in the reader's language, or its name when the texts have none. */
    public String label(String part, String field) {
        String key = "Person".equals(part) ? "field." + field : "history.field." + field;
        String text = texts().get(key);
        return text.startsWith("???") ? field : text;
    }

    /** A value of a change in the reader's words: choices and yes/no from the bundles, dates as pages show them. */
    public String words(String type, String value) {
        if (value == null) {
            return "—";
        }
        return switch (type) {
            case FieldChange.TEXT -> value;
            case FieldChange.BOOLEAN -> texts().get(Boolean.parseBoolean(value) ? "form.yes" : "form.no");
            case FieldChange.DAY -> value;
            case FieldChange.MOMENT -> dates.format(Instant.parse(value));
            case FieldChange.HIDDEN -> texts().get("history.hidden");
            case FieldChange.SOURCE -> {
                String[] kindAndDay = value.split(" ", 2);
                yield choice("SourceKind", kindAndDay[0]) + (kindAndDay.length > 1 ? ", " + kindAndDay[1] : "");
            }
            default -> choice(type, value);
        };
    }

    /** The reason given for a change, or the marker that it is hidden from the reader. */
    public String reason(String reason) {
        return FieldChange.MASK.equals(reason) ? texts().get("history.hidden") : reason;
    }

    private String choice(String type, String code) {
        String text = texts().get(type + "." + code);
        return text.startsWith("???") ? code : text;
    }

    private Messages texts() {
        return Messages.in(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public CaseHistory getHistory() {
        return history;
    }

    public boolean isRevealing() {
        return revealing;
    }

    public String getRevealReason() {
        return revealReason;
    }

    public void setRevealReason(String revealReason) {
        this.revealReason = revealReason;
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
