package org.homeward.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;

/**
 * The pages anyone may open (sign-in, error pages) keep no state on the server, so that a scanner or
 * a stranger costs no session. Their templates say {@code <f:view transient="true">}, but that is read
 * only when the page is built, after PrimeFaces has already put the page's script nonce into the view
 * map, which makes the server open a session; the views named in web.xml
 * ({@value #PARAMETER}: view ids, or prefixes ending in /) are therefore transient from their creation.
 */
public class SessionlessViews extends ViewHandlerWrapper {

    static final String PARAMETER = "org.homeward.SESSIONLESS_VIEWS";

    private List<String> views;

    public SessionlessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && sessionless(context, view.getViewId())) {
            view.setTransient(true);
        }
        return view;
    }

    private boolean sessionless(FacesContext context, String viewId) {
        if (views == null) {
            String named = context.getExternalContext().getInitParameter(PARAMETER);
            views = named == null ? List.of() : Arrays.stream(named.trim().split("\\s+")).filter(v -> !v.isEmpty()).toList();
        }
        return viewId != null && views.stream().anyMatch(v -> v.endsWith("/") ? viewId.startsWith(v) : viewId.equals(v));
    }
}
