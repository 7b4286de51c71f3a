package org.homeward.platform.web;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * An address whose {@code id} is not a record's id ({@code ?id=abc}, {@code ?id=-1}, {@code ?id=%00}) names no page: 404, as an id that
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
        if (faces.isPostback() || faces.getViewRoot() == null) {
            return;
        }
        String typed = faces.getExternalContext().getRequestParameterMap().get("id");
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
            // A number converter would also take " 12" or a NUL it trims to nothing (a new record's form):
            // an id is digits, or nothing at all.
            if ("id".equals(parameter.getName()) && (!parameter.isValid()
                    || (typed != null && !typed.isEmpty() && !typed.matches("\\d{1,18}")))) {
                ErrorStatus.send(faces, 404, "malformed id");
                return;
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }
}
