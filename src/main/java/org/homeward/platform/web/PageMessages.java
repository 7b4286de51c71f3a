package org.homeward.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import org.homeward.platform.Conflict;
import org.homeward.platform.ConflictMessage;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Messages;

/**
 * Shows what a service said about a form on the page, in the page's language: each field error next
 * to its input (the input's id is the field's name), plus one line at the top of the form.
 *
 * <p>Page beans hand their changes to {@link #submit} or {@link #carryOut}, so that every form answers a
 * refusal the same way instead of each bean repeating its own catch blocks.
 */
@Named
@RequestScoped
public class PageMessages {

    /** PrimeFaces' style names of the severities, by their ordinal. */
    private static final String[] KINDS = {"info", "warn", "error", "fatal"};

    public Messages texts() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /**
     * Carries out a change a form asked for. A refusal by the service (a rule broken, the record changed
     * since it was read) is shown on the page instead, field errors beside the inputs of {@code formId};
     * the form keeps what was typed.
     *
     * @return what the change returned (where to go next), or null when it was refused
     */
    public <T> T submit(String formId, Supplier<T> change) {
        return submit(formId, change, () -> { });
    }

    /**
     * As {@link #submit(String, Supplier)}; {@code afterConflict} then puts the page back in step with
     * the record that changed meanwhile (a dialog about a decision already taken closes, for example).
     */
    public <T> T submit(String formId, Supplier<T> change, Runnable afterConflict) {
        try {
            return change.get();
        } catch (InvalidInput invalid) {
            invalid(formId, invalid);
        } catch (Conflict conflict) {
            conflict(conflict);
            afterConflict.run();
        }
        return null;
    }

    /** As {@link #submit(String, Supplier)} for a change that stays on the page: true when it was made. */
    public boolean carryOut(String formId, Runnable change) {
        return submit(formId, () -> {
            change.run();
            return Boolean.TRUE;
        }) != null;
    }

    public void invalid(String formId, InvalidInput invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages texts = texts();
        boolean besideFields = false;
        for (FieldError error : invalid.errors()) {
            String text = texts.get(error);
            String clientId = formId + ":" + error.field();
            // A rule about the record as a whole (not one input) is shown at the top of the page.
            boolean hasInput = faces.getViewRoot().findComponent(":" + clientId) != null;
            faces.addMessage(hasInput ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            besideFields |= hasInput;
        }
        if (besideFields) {
            error(texts.get("form.correctFields"));
        }
        faces.validationFailed();
    }

    public void conflict(Conflict conflict) {
        error(ConflictMessage.of(conflict, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A message of the page as a whole: its kind (info, warn, error, fatal, as PrimeFaces' styles name them) and text. */
    public record Shown(String kind, String text) {
    }

    /** The messages of the page as a whole, to be shown at its top (those of a field are shown beside it). */
    public List<Shown> getShown() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .map(message -> new Shown(KINDS[message.getSeverity().getOrdinal()], message.getSummary()))
                .toList();
    }

    public void info(String key, Object... arguments) {
        String text = texts().get(key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        // Survives a redirect after a successful save (post-redirect-get).
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
