package org.homeward.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** For in-container tests: look at (or tamper with) what the application wrote, in a transaction of the test's own. */
@ApplicationScoped
public class Database {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public <T> T read(Function<EntityManager, T> query) {
        return query.apply(em);
    }

    /** Changes rows behind the application's back, as another program or a careless operator would. */
    @Transactional
    public int execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
