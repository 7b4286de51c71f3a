package org.homeward.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** For in-container tests: look at what the application wrote, in a transaction of the test's own. */
@ApplicationScoped
public class Database {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public <T> T read(Function<EntityManager, T> query) {
        return query.apply(em);
    }
}
