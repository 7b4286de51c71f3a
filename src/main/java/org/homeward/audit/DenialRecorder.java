package org.homeward.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.Principal;
import org.homeward.platform.RequestDenied;

/** Puts every refused request in the access log: repeated denials are how probing shows up. */
@ApplicationScoped
public class DenialRecorder {

    @Inject
    AccessLog accessLog;

    @Inject
    Principal principal;

    void onDenied(@Observes RequestDenied denied) {
        String name = principal == null ? null : principal.getName();
        accessLog.record("anonymous".equals(name) ? null : name, AccessAction.ACCESS_DENIED, "request",
                denied.path(), denied.method());
    }
}
