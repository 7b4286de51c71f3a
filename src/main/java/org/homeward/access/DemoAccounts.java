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
import org.homeward.audit.ChangeReason;
import org.homeward.platform.Role;

/**
 * The offices and users of the demo installation (product specification, "Demo installation"). Their
 * password is public, so they exist only where the demo switch created them.
 */
@ApplicationScoped
public class DemoAccounts {

    /** Published in the README: demo only. */
    public static final String DEMO_PASSWORD = "homeward-demo";

    record DemoUser(String username, String displayName, String office, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("caseworker", "Olena Koval", "KYIV", Role.CASEWORKER),
            new DemoUser("caseworker2", "Petro Melnyk", "KHARKIV", Role.CASEWORKER),
            new DemoUser("supervisor", "Iryna Bondarenko", "KYIV", Role.SUPERVISOR),
            new DemoUser("hq", "Andrii Tkachenko", "HQ", Role.SUPERVISOR),
            new DemoUser("partner", "Partner organisation (demo)", "HQ", Role.PARTNER),
            new DemoUser("auditor", "Data protection officer (demo)", "HQ", Role.AUDITOR),
            new DemoUser("admin", "System administrator (demo)", "HQ", Role.ADMIN),
            // A second administrator, so that a role grant asked by one can be confirmed by the other.
            new DemoUser("admin2", "Second administrator (demo)", "HQ", Role.ADMIN));

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficeRepository offices;

    @Inject
    UserRepository users;

    @Inject
    ChangeReason changeReason;

    @Inject
    Clock clock;

    /** Creates what is missing; returns how many users it created. */
    @Transactional
    public int install() {
        changeReason.set("demo installation");
        office("HQ", "Head office", true);
        office("KYIV", "Kyiv regional office", false);
        office("KHARKIV", "Kharkiv regional office", false);
        int created = 0;
        String hash = null;
        for (DemoUser demo : USERS) {
            if (users.find(demo.username()).isEmpty()) {
                hash = hash == null ? PasswordHasher.hash(DEMO_PASSWORD) : hash;
                UserAccount user = new UserAccount(demo.username(), demo.displayName(), offices.find(demo.office()),
                        EnumSet.of(demo.role()), hash, Instant.now(clock));
                // Demo users are meant to be tried at once, without a password change first.
                user.changePassword(hash, Instant.now(clock));
                em.persist(user);
                created++;
            }
        }
        return created;
    }

    private void office(String code, String name, boolean headOffice) {
        if (offices.find(code) == null) {
            offices.add(new Office(code, name, headOffice));
            em.flush();
        }
    }
}
