package org.homeward.report;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Hooks the tally of people into Hibernate when the persistence unit starts (found through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}).
 */
public class TallyIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        TallyListener listener = new TallyListener();
        EventListenerRegistry events = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        events.appendListeners(EventType.POST_INSERT, listener);
        events.appendListeners(EventType.POST_UPDATE, listener);
        events.appendListeners(EventType.POST_DELETE, listener);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing held outside the session factory.
    }
}
