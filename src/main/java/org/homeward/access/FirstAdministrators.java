package org.homeward.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.ChangeReason;
import org.homeward.platform.FieldError;
import org.homeward.platform.Role;

/**
 * The administrators of a new installation, named by its operator when the server first starts
 * ({@code HOMEWARD_BOOTSTRAP_ADMIN}, {@code HOMEWARD_BOOTSTRAP_PASSWORD}) instead of with SQL. They get
 * a one-time password that must be changed at the first sign-in, like any account an administrator
 * creates. Only an installation without any user gets them: once someone exists, accounts are made by
 * administrators, whose role grants a second administrator confirms.
 */
@ApplicationScoped
public class FirstAdministrators {

    /** What happened at this start; the caller logs it (never with the password). */
    public enum Outcome { CREATED, USERS_EXIST, PASSWORD_REFUSED, USERNAME_REFUSED }

    static final String HEAD_OFFICE = "HQ";

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficeRepository offices;

    @Inject
    ChangeReason changeReason;

    @Inject
    Clock clock;

    /**
     * Creates these administrators, each in the head office with the same one-time password, when the
     * installation has no user at all. Checks everything before writing anything.
     */
    @Transactional
    public Outcome install(List<String> usernames, String oneTimePassword) {
        if (em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0) {
            return Outcome.USERS_EXIST;
        }
        if (usernames.isEmpty() || usernames.stream().anyMatch(FirstAdministrators::badUsername)) {
            return Outcome.USERNAME_REFUSED;
        }
        for (String username : usernames) {
            Optional<FieldError> refused = PasswordPolicy.standard().check("password", username, oneTimePassword);
            if (refused.isPresent()) {
                return Outcome.PASSWORD_REFUSED;
            }
        }
        changeReason.set("first administrators from the environment");
        Office headOffice = offices.find(HEAD_OFFICE);
        if (headOffice == null) {
            headOffice = new Office(HEAD_OFFICE, "Head office", true);
            offices.add(headOffice);
        }
        String hash = PasswordHasher.hash(oneTimePassword);
        for (String username : usernames) {
            em.persist(new UserAccount(username, "Administrator " + username, headOffice,
                    EnumSet.of(Role.ADMIN), hash, Instant.now(clock)));
        }
        em.flush();
        return Outcome.CREATED;
    }

    private static boolean badUsername(String username) {
        return username.length() < 2 || username.length() > UserAccount.MAX_USERNAME
                || !username.matches(UserForm.USERNAME_PATTERN);
    }
}
