package org.homeward.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The reason the user gave for the change being made in this request ("identity verified against
 * passport", "reset after lockout"). A service sets it before it writes; the audit revision keeps it.
 */
@RequestScoped
public class ChangeReason {

    private String value;

    public void set(String reason) {
        this.value = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public String value() {
        return value;
    }
}
