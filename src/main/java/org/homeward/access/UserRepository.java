package org.homeward.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds accounts by username. Used inside the services' transactions; it has no rules of its own. */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }
}
