package org.homeward.platform;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;

/**
 * Idle sessions end after 30 minutes: a shared office computer left open must not stay signed in.
 * Operators change it with the system property {@code homeward.session.idle-minutes} or the
 * environment variable {@code HOMEWARD_SESSION_IDLE_MINUTES}.
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) idle().toSeconds());
    }

    static Duration idle() {
        String configured = System.getProperty("homeward.session.idle-minutes",
                System.getenv("HOMEWARD_SESSION_IDLE_MINUTES"));
        if (configured == null || configured.isBlank()) {
            return DEFAULT_IDLE;
        }
        try {
            long minutes = Long.parseLong(configured.trim());
            return minutes > 0 ? Duration.ofMinutes(minutes) : DEFAULT_IDLE;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }
}
