package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.audit.AccessAction;
import org.homeward.audit.AccessLogEntry;
import org.homeward.testing.Api;
import org.homeward.testing.Database;
import org.homeward.testing.Deployments;
import org.homeward.testing.PageClient;
import org.homeward.testing.SecondAdministrator;
import org.homeward.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in over HTTP, checked from inside the server: failures slow their address down first and
 * lock an account only after fifty, passwords of any script and length up to 128 characters, hashes
 * upgraded to Argon2id, the temporary password gate, deactivation, and that every attempt is in the
 * access log without the password.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String TEMPORARY = "a-long-temporary-passphrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.homewardWith(SignInIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Database database;

    @Inject
    SignIn signIn;

    private long newUser(String username) {
        Api.Answer created = Api.at(base).as("admin").post("api/v1/users", """
                {"username":%s,"displayName":"Test user","office":"KYIV","roles":["CASEWORKER"],
                 "temporaryPassword":%s}""".formatted(Api.quote(username), Api.quote(TEMPORARY)));
        assertEquals(201, created.status(), created.body());
        SecondAdministrator.confirmRolesOf(base, username);
        return created.json().getJsonNumber("id").longValue();
    }

    private List<AccessLogEntry> log(String username) {
        return database.read(em -> em.createNamedQuery("AccessLogEntry.byUser", AccessLogEntry.class)
                .setParameter("username", username).getResultList());
    }

    @AfterEach
    void forgetFailedAddresses() {
        // Every test signs in from this machine's address: one test's failures must not slow the next down.
        database.execute("delete from sign_in_throttle");
    }

    private boolean locked(long id) {
        var user = Api.at(base).as("admin").get("api/v1/users/" + id).json();
        return user.containsKey("lockedUntil") && !user.isNull("lockedUntil");
    }

    @Test
    void fiveFailuresNeitherLockTheAccountNorSlowDown() {
        String username = Unique.username("five");
        long id = newUser(username);
        Api api = Api.at(base);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api.as(username, "wrong-password-" + attempt).get("api/v1/me").status());
        }

        assertFalse(locked(id));
        assertEquals(403, api.as(username, TEMPORARY).get("api/v1/me").status(),
                "signed in, but must change the temporary password first");
    }

    @Test
    void anAddressIsSlowedDownLongBeforeAnyAccountIsLocked() {
        String username = Unique.username("slowed");
        long id = newUser(username);
        Api api = Api.at(base);
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertEquals(401, api.as(username, "wrong-password-" + attempt).get("api/v1/me").status());
        }

        Api.Answer waiting = api.as(username, TEMPORARY).get("api/v1/me");

        assertEquals(429, waiting.status(), waiting.body());
        long retryAfter = Long.parseLong(waiting.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertEquals(429, waiting.json().getInt("status"));
        assertTrue(waiting.json().getString("message").contains("Try again in"));
        assertFalse(locked(id), "slowing the address down does not lock the account");
        assertEquals(429, api.as("nobody-" + username, "anything").get("api/v1/me").status(),
                "the address waits whichever account it names");
    }

    @Test
    void guessesAtManyAccountsFromANewAddressAtOnceAreAllCounted() throws Exception {
        // One guess each at four accounts, all at the same moment, from an address never seen: each is
        // a failed sign-in, none an error, and the address has all four against it.
        String address = "192.0.2." + (1 + new Random().nextInt(250));
        database.execute("delete from sign_in_throttle where client_address = ?", address);
        int guesses = SignInThrottle.FREE_FAILURES - 1;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String username = Unique.username("nobody");
                answers.add(pool.submit(() -> {
                    start.await();
                    return signIn.attemptFrom(address, username, "a-guess").isEmpty();
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertTrue(answer.get(), "a guess is a failed sign-in");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(guesses, ((Number) database.read(em -> em.createNativeQuery(
                "select failures from sign_in_throttle where client_address = ?").setParameter(1, address)
                .getSingleResult())).intValue());
    }

    @Test
    void theSignInPageSaysHowLongTheAddressMustWait() {
        String username = Unique.username("page-wait");
        newUser(username);
        PageClient browser = new PageClient(base);
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertTrue(browser.signIn(username, "wrong-guess-" + attempt).body().contains("Sign-in failed."));
        }

        String page = browser.signIn(username, TEMPORARY).body();

        assertTrue(page.contains("Too many failed sign-ins from your address. Try again in"), page);
    }

    @Test
    void fiftyFailuresFromManyAddressesLockTheAccountAndTellAdministrators() {
        String username = Unique.username("lock");
        long id = newUser(username);
        for (int attempt = 1; attempt < UserAccount.LOCKOUT_THRESHOLD; attempt++) {
            assertTrue(signIn.attemptFrom("198.51.100." + attempt, username, "wrong-" + attempt).isEmpty());
        }
        assertFalse(locked(id), "49 failures do not lock");

        assertTrue(signIn.attemptFrom("203.0.113.50", username, "wrong-50").isEmpty());

        assertTrue(locked(id));
        assertTrue(signIn.attemptFrom("203.0.113.51", username, TEMPORARY).isEmpty(),
                "locked: even the right password is refused");
        assertEquals(401, Api.at(base).as(username, TEMPORARY).get("api/v1/me").status());
        AccessLogEntry lock = log(username).stream().filter(e -> e.getAction() == AccessAction.ACCOUNT_LOCKED)
                .findFirst().orElseThrow();
        assertTrue(lock.getDetail().startsWith("50 failed sign-ins in a row"), lock.getDetail());
        PageClient admin = new PageClient(base);
        admin.signIn("admin", Api.DEMO_PASSWORD);
        String usersPage = admin.get("admin/users.xhtml").body();
        assertTrue(usersPage.contains("These accounts are locked after many failed sign-ins"), usersPage);
        assertTrue(usersPage.contains(username + " (Test user)"));

        // An administrator's password reset lifts the lock.
        assertEquals(200, Api.at(base).as("admin").post("api/v1/users/" + id + "/password-reset",
                "{\"temporaryPassword\":\"another-temporary-passphrase\"}").status());
        assertFalse(locked(id));
        assertFalse(admin.get("admin/users.xhtml").body().contains(username + " (Test user)"));
    }

    @Test
    void aSuccessWithRecentlyCheckedCredentialsStartsTheCountAgain() {
        String username = Unique.username("cached");
        long id = newUser(username);
        Api.at(base).as(username, TEMPORARY).put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"my own good passphrase\"}");
        Api script = Api.at(base).as(username, "my own good passphrase");
        assertEquals(200, script.get("api/v1/me").status());
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(401, Api.at(base).as(username, "wrong-" + attempt).get("api/v1/me").status());
        }
        assertEquals(3, failedLogins(id));

        assertEquals(200, script.get("api/v1/me").status());

        assertEquals(0, failedLogins(id));
    }

    private int failedLogins(long id) {
        return database.read(em -> em.find(UserAccount.class, id).getFailedLogins());
    }

    @Test
    void sixtyFourCyrillicCharactersAreAPasswordAndTheirPrefixIsNot() {
        String username = Unique.username("cyrillic");
        newUser(username);
        String chosen = "Щебече соловейко в лузі, а калина цвіте над рікою вечірньою тихо";
        assertEquals(64, chosen.length());

        Api.Answer changed = Api.at(base).as(username, TEMPORARY).put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":" + Api.quote(chosen) + "}");

        assertEquals(204, changed.status(), changed.body());
        assertEquals(200, Api.at(base).as(username, chosen).get("api/v1/me").status());
        assertEquals(401, Api.at(base).as(username, chosen.substring(0, 36)).get("api/v1/me").status(),
                "the first 72 bytes alone are not the password");
    }

    @Test
    void breachedPasswordsAndRepetitionsAreRefusedWithTheReason() {
        String username = Unique.username("weak");
        newUser(username);
        Api user = Api.at(base).as(username, TEMPORARY);

        Api.Answer breached = user.put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"1qaz2wsx3edc4rfv\"}");
        Api.Answer repeated = user.put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"passwordpassword\"}");

        assertEquals(400, breached.status());
        assertEquals("newPassword", breached.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(breached.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("known from data breaches"), breached.body());
        assertEquals(400, repeated.status());
        assertTrue(repeated.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("repeated"), repeated.body());
    }

    @Test
    void aBcryptHashIsReplacedByArgon2idAtTheNextSignIn() {
        String username = Unique.username("upgrade");
        long id = newUser(username);
        String bcrypt = org.springframework.security.crypto.bcrypt.BCrypt.hashpw("an older passphrase",
                org.springframework.security.crypto.bcrypt.BCrypt.gensalt(10));
        database.execute("update app_user set password_hash = ?, must_change_password = false where id = ?", bcrypt, id);

        assertEquals(200, Api.at(base).as(username, "an older passphrase").get("api/v1/me").status());

        String stored = database.read(em -> em.find(UserAccount.class, id).getPasswordHash());
        assertTrue(stored.startsWith("$argon2id$"), stored);
        assertEquals(200, Api.at(base).as(username, "an older passphrase").get("api/v1/me").status());
        assertTrue(PasswordHasher.matches("an older passphrase", stored));
    }

    @Test
    void fourFailuresThenSuccessStartTheCountAgain() {
        String username = Unique.username("count");
        newUser(username);
        Api api = Api.at(base);
        for (int round = 0; round < 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertEquals(401, api.as(username, "wrong").get("api/v1/me").status());
            }
            assertEquals(403, api.as(username, TEMPORARY).get("api/v1/me").status(), "not locked: signed in");
        }
    }

    @Test
    void aTemporaryPasswordAllowsOnlyChoosingANewOne() {
        String username = Unique.username("temp");
        newUser(username);
        Api user = Api.at(base).as(username, TEMPORARY);

        Api.Answer refused = user.get("api/v1/offices");
        Api.Answer weak = user.put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"password1234\"}");
        Api.Answer changed = user.put("api/v1/me/password",
                "{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"my own good passphrase\"}");

        assertEquals(403, refused.status());
        assertTrue(refused.json().getString("message").contains("/api/v1/me/password"));
        assertEquals(400, weak.status());
        assertEquals("newPassword", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, user.get("api/v1/me").status(), "the temporary password no longer works");
        Api.Answer me = Api.at(base).as(username, "my own good passphrase").get("api/v1/me");
        assertEquals(200, me.status());
        assertFalse(me.json().getBoolean("mustChangePassword"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        String username = Unique.username("gone");
        long id = newUser(username);
        Api admin = Api.at(base).as("admin");
        long version = admin.get("api/v1/users/" + id).json().getJsonNumber("version").longValue();

        assertEquals(200, admin.post("api/v1/users/" + id + "/deactivate", "{\"version\":" + version + "}").status());

        assertEquals(401, Api.at(base).as(username, TEMPORARY).get("api/v1/me").status());
    }

    @Test
    void everyAttemptIsOnFileWithoutThePassword() {
        String username = Unique.username("logged");
        newUser(username);
        Api.at(base).as(username, "secret-wrong-guess").get("api/v1/me");
        Api.at(base).as(username, TEMPORARY).get("api/v1/me");
        Api.at(base).as("nobody-" + username, "secret-wrong-guess").get("api/v1/me");

        List<AccessAction> actions = log(username).stream().map(AccessLogEntry::getAction).toList();
        assertEquals(List.of(AccessAction.SIGN_IN, AccessAction.SIGN_IN_FAILED), actions);
        AccessLogEntry failure = log(username).get(1);
        assertEquals("wrong password", failure.getDetail());
        assertTrue(failure.getClientAddress() != null && !failure.getClientAddress().isBlank());
        assertEquals(List.of(AccessAction.SIGN_IN_FAILED),
                log("nobody-" + username).stream().map(AccessLogEntry::getAction).toList());
        long mentionsOfPassword = database.read(em -> em.createQuery(
                "select count(e) from AccessLogEntry e where e.detail like :p or e.username like :p", Long.class)
                .setParameter("p", "%secret-wrong-guess%").getSingleResult());
        assertEquals(0, mentionsOfPassword);
    }
}
