package org.homeward.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.homeward.platform.RequestDenied;

/** Behind the error pages: a page refused for lack of a right is put on file like an API denial. */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    Event<RequestDenied> denials;

    public void onForbidden() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        denials.fire(new RequestDenied(request.getMethod(), uri == null ? request.getRequestURI() : uri.toString()));
    }
}
