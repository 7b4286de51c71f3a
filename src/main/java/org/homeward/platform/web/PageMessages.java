package org.homeward.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.homeward.platform.Conflict;
import org.homeward.platform.ConflictMessage;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.Messages;

/**
 * Shows what a service said about a form on the page, in the page's language: each field error next
 * to its input (the input's id is the field's name), plus one line at the top of the form.
 */
@Named
@RequestScoped
public class PageMessages {

    public Messages texts() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
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
