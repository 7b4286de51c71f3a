package org.homeward.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of the API's messages: Ukrainian when the client asks for it, otherwise English. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if ("uk".equals(accepted.getLanguage())) {
                    return accepted;
                }
                if ("en".equals(accepted.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
