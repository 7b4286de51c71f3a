package org.homeward.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.homeward.access.Office;
import org.homeward.access.OfficeRepository;
import org.homeward.access.UserAccount;
import org.homeward.access.UserRepository;
import org.homeward.audit.ChangeReason;
import org.homeward.person.CaseNumbers;
import org.homeward.person.Person;
import org.homeward.person.PersonDetails;

/**
 * The invented caseload of the demo installation: people to try the registry, search and reports on.
 * Made only in an empty registry, so that invented cases are never mixed into real ones, and made
 * the same way every time from the same seed.
 */
@ApplicationScoped
public class DemoPeople {

    // Flushing and clearing in batches keeps the persistence context small; every change still goes
    // through the normal session, so Envers audits it.
    private static final int BATCH = 50;

    /** A generated person and the moment the case was registered. */
    record Registration(PersonDetails details, Instant registeredAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficeRepository offices;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    UserRepository users;

    @Inject
    ChangeReason changeReason;

    @Inject
    Clock clock;

    /** Registers {@code count} invented people if the registry is empty; returns how many it registered. */
    @Transactional
    public int install(int count, long seed) {
        changeReason.set("demo installation");
        if (em.createQuery("select count(p) from Person p", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Map<String, Office> officesByCode = new HashMap<>();
        Map<String, UserAccount> accountsByUsername = new HashMap<>();
        int created = 0;
        for (Registration registration : plan(count, seed, Instant.now(clock))) {
            PersonDetails details = registration.details();
            Office office = officesByCode.computeIfAbsent(details.getOffice(), offices::find);
            UserAccount assignee = details.getAssignedTo() == null ? null
                    : accountsByUsername.computeIfAbsent(details.getAssignedTo(), this::account);
            int year = LocalDate.ofInstant(registration.registeredAt(), clock.getZone()).getYear();
            Person person = new Person(caseNumbers.next(details.getCategory(), year), details.getCategory(),
                    details.getSide(), details, office, assignee, registration.registeredAt());
            person.replaceDocuments(details.getDocuments());
            person.reindex();
            em.persist(person);
            created++;
            if (created % BATCH == 0) {
                em.flush();
                em.clear();
                // Cleared entities are detached: look them up again in the next batch.
                officesByCode.clear();
                accountsByUsername.clear();
            }
        }
        em.flush();
        return created;
    }

    /**
     * The people to register, in the order of their registration. A case is registered a few days
     * after the event (never later than {@code now}), and numbered in the year it was registered, as
     * a caseworker's registration is.
     */
    static List<Registration> plan(int count, long seed, Instant now) {
        PeopleGenerator generator = new PeopleGenerator(seed);
        SplittableRandom delays = new SplittableRandom(~seed);
        List<Registration> plan = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PersonDetails details = generator.next();
            plan.add(new Registration(details, registeredAt(details, delays, now)));
        }
        // The case-number counter starts again at 1 when the year changes: numbers taken out of
        // time order (2024, then 2023, then 2024 again) would repeat a number.
        plan.sort(Comparator.comparing(Registration::registeredAt));
        return plan;
    }

    /**
     * When a generated case is registered: a few days after the event (one to sixty, drawn from
     * {@code delays}), never later than {@code now}. Shared with the benchmarks' bulk loads.
     */
    public static Instant registeredAt(PersonDetails details, SplittableRandom delays, Instant now) {
        Instant registered = details.getCircumstances().getCircumstanceDate() == null ? now
                : details.getCircumstances().getCircumstanceDate().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)
                        .plus(Duration.ofDays(1 + delays.nextInt(60)));
        return registered.isAfter(now) ? now : registered;
    }

    private UserAccount account(String username) {
        return users.find(username).orElse(null);
    }
}
