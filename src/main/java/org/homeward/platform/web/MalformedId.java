package org.homeward.platform.web;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * An address whose {@code id} is not a record's id ({@code ?id=abc}) names no page: 404, as an id that
 * names no record. Without this the page would be drawn around a record never loaded (its view action
 * is skipped when a view parameter fails to convert) and fail with the 500 page.
 */
public class MalformedId implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getViewRoot() == null) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
            if ("id".equals(parameter.getName()) && !parameter.isValid()) {
                ErrorStatus.send(faces, 404, "malformed id " + parameter.getSubmittedValue());
                return;
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }
}
