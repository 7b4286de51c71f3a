package org.homeward.platform;

import java.util.Optional;

/**
 * One setting of the server's start-up configuration: an environment variable, or else a system
 * property of the same meaning (for {@code standalone.sh -D…} and tests). Blank counts as not set.
 */
public record Setting(String variable, String property) {

    public Optional<String> value() {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
