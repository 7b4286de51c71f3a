package org.homeward.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts of Homeward in one language (resource bundle {@code org.homeward.i18n.messages}). */
public final class Messages {

    public static final String BUNDLE = "org.homeward.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages in(Locale locale) {
        return new Messages(locale == null ? Locale.ENGLISH : locale);
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must be visible in testing, not hidden behind a blank.
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public String get(FieldError error) {
        return get(error.messageKey(), error.arguments().toArray());
    }
}
