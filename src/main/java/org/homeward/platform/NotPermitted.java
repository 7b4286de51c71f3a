package org.homeward.platform;

/**
 * A change the caller's role may not make, although the input itself is sound (an administrator's own
 * roles, a caseworker moving a case to another office): the API answers 403 naming the field and the
 * reason; a page shows it beside the field like any refusal. Nothing is written.
 */
public class NotPermitted extends InvalidInput {

    public NotPermitted(FieldError error) {
        super(error);
    }
}
