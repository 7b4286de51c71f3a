package org.homeward.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language the user reads Homeward in: English or Ukrainian, switchable on every page. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"));

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale requested = faces == null ? null : faces.getExternalContext().getRequestLocale();
            locale = supported(requested);
        }
        return locale;
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
