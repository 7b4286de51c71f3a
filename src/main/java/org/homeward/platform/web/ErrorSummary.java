package org.homeward.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.homeward.platform.Messages;

/**
 * The list at the top of a long form after a failed save: each problem with the field it is about,
 * linked to that field, so that nobody has to scroll a long page to find what was refused. The same
 * messages stay beside their fields.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One refused field: the input's client id (the link's target), its label and what is wrong. */
    public record Problem(String clientId, String label, String message) {
    }

    /** The problems with the fields of one form, in the order they were found. */
    public List<Problem> problems(String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages texts = Messages.in(faces.getViewRoot().getLocale());
        List<Problem> problems = new ArrayList<>();
        Iterator<String> clientIds = faces.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            if (clientId == null || !clientId.startsWith(formId + ":")) {
                continue;
            }
            String label = labelOf(faces, clientId, texts);
            for (FacesMessage message : faces.getMessageList(clientId)) {
                problems.add(new Problem(clientId, label, message.getSummary()));
            }
        }
        return problems;
    }

    /** The field's label as the page shows it (PrimeFaces' label gives it to its input), else from the texts. */
    private static String labelOf(FacesContext faces, String clientId, Messages texts) {
        UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
        Object label = input == null ? null : input.getAttributes().get("label");
        if (label != null) {
            return label.toString();
        }
        String name = clientId.substring(clientId.lastIndexOf(':') + 1);
        String text = texts.get("field." + name);
        return text.startsWith("???") ? name : text;
    }
}
