package org.homeward.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The web session of the request being served. When users change their own password every other
 * session of theirs ends (UserAccount.endOtherSessions); this one is handed the new value and goes on.
 */
@RequestScoped
public class OwnSession {

    @Inject
    HttpServletRequest request;

    void keep(UserAccount user) {
        HttpSession session;
        try {
            session = request.getSession(false);
        } catch (RuntimeException noHttpRequest) {
            return;
        }
        if (session != null && user.getUsername().equals(session.getAttribute(SignInPages.SESSION_USER))) {
            session.setAttribute(SignInPages.SESSION_EPOCH, user.getSessionEpoch());
        }
    }
}
