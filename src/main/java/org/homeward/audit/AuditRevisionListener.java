package org.homeward.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;
import org.homeward.platform.ClientAddress;

/**
 * Fills each new revision from the request that made it: the signed-in user, the client's address and
 * the reason the service recorded in {@link ChangeReason}. Envers creates this listener itself, so
 * the request's beans are looked up rather than injected.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.stamp(username(), clientAddress(), reason());
    }

    private static String username() {
        Principal principal = CDI.current().select(Principal.class).get();
        String name = principal == null ? null : principal.getName();
        return name == null || "anonymous".equals(name) ? null : name;
    }

    private static String clientAddress() {
        try {
            return CDI.current().select(ClientAddress.class).get().value();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }

    private static String reason() {
        try {
            return CDI.current().select(ChangeReason.class).get().value();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }
}
