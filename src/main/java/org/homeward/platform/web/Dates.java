package org.homeward.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as pages show them: local time of the server's zone, to the minute, sortable as text. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String format(Instant instant) {
        return instant == null ? "—" : MINUTE.format(instant.atZone(ZoneId.systemDefault()));
    }
}
