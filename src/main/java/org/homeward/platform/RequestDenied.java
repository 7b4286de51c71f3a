package org.homeward.platform;

/**
 * A request was refused because the caller lacks the role or the record scope. Fired by the API and
 * the web error page; the audit package writes it to the access log.
 */
public record RequestDenied(String method, String path) {
}
