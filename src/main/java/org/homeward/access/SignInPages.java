package org.homeward.access;

/** Where the web sign-in keeps its state between requests; shared by the mechanism and the pages. */
public final class SignInPages {

    /** Session attribute: the username of the signed-in user. Only the name; the rest is reloaded. */
    public static final String SESSION_USER = "homeward.user";
    /**
     * Cookie: the page asked for before signing in, to return to afterwards. A cookie rather than a
     * session attribute, so that nobody gets a server session before signing in.
     */
    public static final String RETURN_TO = "HOMEWARD_RETURN_TO";
    /** Session attribute: the user's session epoch at sign-in (a Long); a different one now ends the session. */
    public static final String SESSION_EPOCH = "homeward.sessionEpoch";
    /** Request attribute: seconds the client's address must wait before trying to sign in again (an Integer). */
    public static final String RETRY_AFTER = "homeward.retryAfter";
    public static final String LOGIN_PAGE = "/login.xhtml";

    private SignInPages() {
    }
}
