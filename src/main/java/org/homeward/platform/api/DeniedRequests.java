package org.homeward.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.homeward.platform.RequestDenied;

/** Announces an API request that was answered 403, so that it is on file. */
@RequestScoped
public class DeniedRequests {

    @Inject
    Event<RequestDenied> denials;

    @Inject
    HttpServletRequest request;

    void record() {
        denials.fire(new RequestDenied(request.getMethod(), request.getRequestURI()));
    }
}
