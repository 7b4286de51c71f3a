package org.homeward.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language the user reads Homeward in: English or Ukrainian, switchable on every page. The choice
 * is kept in a cookie rather than in the server session, so that the sign-in and error pages read it
 * without giving every anonymous visitor a session, and it outlasts signing out.
 */
@Named
@RequestScoped
public class Language {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"));

    static final String COOKIE = "HOMEWARD_LANGUAGE";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = supported(chosen());
        }
        return locale;
    }

    private Locale chosen() {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return request.getLocale();
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public void setCode(String code) {
        this.locale = supported(code == null ? null : Locale.forLanguageTag(code));
    }

    /** The other language, offered by the switch in the header. */
    public String getOther() {
        return "uk".equals(getCode()) ? "en" : "uk";
    }

    public String switchLanguage() {
        setCode(getOther());
        FacesContext faces = FacesContext.getCurrentInstance();
        String path = faces.getExternalContext().getRequestContextPath();
        faces.getExternalContext().addResponseCookie(COOKIE, getCode(), Map.of(
                "path", path.isEmpty() ? "/" : path, "maxAge", ONE_YEAR_SECONDS, "httpOnly", true));
        faces.getViewRoot().setLocale(locale);
        String viewId = faces.getViewRoot().getViewId();
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }

    static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(requested.getLanguage())) {
                    return candidate;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
