package org.homeward.access;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.homeward.platform.Setting;

/**
 * The first start of a production installation: {@code HOMEWARD_BOOTSTRAP_ADMIN} (a username, or two
 * separated by a comma, since confirming a role grant takes a second administrator) and
 * {@code HOMEWARD_BOOTSTRAP_PASSWORD} (their one-time password) create the first administrators when
 * the database has no user yet. Ignored, with a log line, once any user exists: the variables may stay
 * in a service definition without ever resetting anything.
 */
@Singleton
@Startup
@DependsOn("Migrations")
// The transaction is FirstAdministrators' own, so that two nodes starting at once can be told apart below.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BootstrapAdministrators {

    static final String USERNAME_VARIABLE = "HOMEWARD_BOOTSTRAP_ADMIN";
    static final String PASSWORD_VARIABLE = "HOMEWARD_BOOTSTRAP_PASSWORD";
    private static final Setting USERNAMES = new Setting(USERNAME_VARIABLE, "homeward.bootstrap.admin");

    private static final Logger LOG = Logger.getLogger(BootstrapAdministrators.class.getName());

    @Inject
    FirstAdministrators administrators;

    @PostConstruct
    void install() {
        Optional<String> names = USERNAMES.value();
        if (names.isEmpty()) {
            return;
        }
        List<String> usernames = Arrays.stream(names.get().split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        // Not stripped: a password may begin or end with a space.
        String password = System.getenv().getOrDefault(PASSWORD_VARIABLE, System.getProperty("homeward.bootstrap.password"));
        if (password == null || password.isEmpty()) {
            LOG.severe(USERNAME_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not: no administrator was created");
            return;
        }
        FirstAdministrators.Outcome outcome;
        try {
            outcome = administrators.install(usernames, password);
        } catch (RuntimeException e) {
            // Most likely another node starting at the same moment created them first (the username is
            // unique); the server starts either way, and the exception's text, which may quote a
            // username, stays out of the log.
            LOG.warning(USERNAME_VARIABLE + " not applied: writing the administrators failed ("
                    + e.getClass().getSimpleName() + "); another server starting at the same time may have created them");
            return;
        }
        switch (outcome) {
            case CREATED -> LOG.warning("Created the first administrators from " + USERNAME_VARIABLE + " (" + usernames.size()
                    + " account(s)) with the one-time password of " + PASSWORD_VARIABLE
                    + "; it must be changed at the first sign-in. Remove both variables from the start-up configuration.");
            case USERS_EXIST -> LOG.info(USERNAME_VARIABLE + " ignored: this installation already has users");
            case PASSWORD_REFUSED -> LOG.severe(PASSWORD_VARIABLE + " does not meet the password policy (12 to 128"
                    + " characters, not common or breached, not containing the username): no administrator was created");
            case USERNAME_REFUSED -> LOG.severe(USERNAME_VARIABLE + " must be usernames of lower-case letters,"
                    + " digits, dots, dashes and underscores, separated by commas: no administrator was created");
        }
    }
}
