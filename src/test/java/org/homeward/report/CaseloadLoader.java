package org.homeward.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.homeward.access.DemoAccounts;
import org.homeward.demo.DemoPeople;
import org.homeward.demo.PeopleGenerator;
import org.homeward.person.Category;
import org.homeward.person.Person;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonRows;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.round.ExchangeRound;
import org.homeward.round.Nomination;
import org.homeward.round.Outcome;
import org.homeward.round.RoundDetails;
import org.homeward.round.RoundStatus;
import org.homeward.round.RoundType;
import org.homeward.round.StatusMoves;
import org.homeward.workflow.ClosingReason;
import org.homeward.workflow.StatusRules;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Loads a caseload that looks like four years of a bureau's work, for the reports benchmark (issue "The
 * supervisor's desk", performance): COUNT people (default 1,000,000) made by the demo's
 * {@link PeopleGenerator} and registered as the demo registers them ({@link DemoPeople#registeredAt}),
 * each with a status history that the workflow allows ({@link StatusRules}), caseworkers per office with
 * most open cases assigned, follow-up tasks (done, overdue, due), and about forty exchange rounds with
 * lists of hundreds whose outcomes ({@link Nomination}, {@link ExchangeRound}) agree with each person's
 * history. The statuses are spread as {@code DemoRounds} spreads the demo caseload: about a third still
 * as reported, the others located or verified, a few dead, home or closed, and the people of the rounds.
 *
 * <p>The schema is migrated only up to {@code loadAtVersion} before the load and the later migrations run
 * over the loaded data afterwards, so that a migration that derives figures from the history (the reports'
 * summaries) is timed on a million people. Rows go in with JDBC batches; loaded rows have no audit
 * revisions (they stand for history older than the benchmark). The same seed and the same {@code now}
 * give the same caseload.
 *
 * <pre>
 *   DB_URL=… DB_USER=… DB_PASSWORD=… java -cp … -Dcount=1000000 -Dseed=20261129 -DloadAtVersion=6 \
 *       [-Dnow=2026-11-29T06:00:00Z] org.homeward.report.CaseloadLoader
 * </pre>
 */
public final class CaseloadLoader {

    /** Caseworker accounts made per office; their password is the demo password (benchmark databases only). */
    static final int CASEWORKERS_PER_OFFICE = 15;
    static final String PASSWORD = DemoAccounts.DEMO_PASSWORD;
    static final List<String> OFFICES = List.of("HQ", "KYIV", "KHARKIV");

    private static final int ROUNDS = 40;
    /** Rounds list their full hundreds from 200,000 people up; smaller caseloads get shorter lists. */
    private static final double FULL_LISTS_FROM = 200_000;
    private static final int BATCH = 1_000;

    private static final String[] REJECTIONS = {"not on the other side's list", "the other side denies holding the person",
        "convicted by a court of the other side", "not in the agreed category", "identity disputed by the other side"};
    private static final String[] VENUES = {"Istanbul", "Abu Dhabi", "Border crossing, Sumy oblast", "Doha", "Riyadh",
        "Border crossing, Chernihiv oblast"};
    private static final String[] MEDIATORS = {"Türkiye", "United Arab Emirates", "Qatar", "ICRC", "Saudi Arabia", "Holy See"};
    // One type a slot, repeated every ten rounds: most rounds exchange prisoners, and every kind occurs.
    private static final RoundType[] TYPE_CYCLE = {RoundType.POW_EXCHANGE, RoundType.POW_EXCHANGE, RoundType.REMAINS_EXCHANGE,
        RoundType.POW_EXCHANGE, RoundType.MIXED, RoundType.POW_EXCHANGE, RoundType.CIVILIAN_RELEASE, RoundType.POW_EXCHANGE,
        RoundType.CHILD_RETURN, RoundType.POW_EXCHANGE};
    private static final String[] TASKS = {"Call the family for news", "Ask the ICRC for the visit report",
        "Check the other side's latest list", "Request documents from the military unit", "Follow up with the Ombudsman's office"};
    private static final String[] REMAINS_TASKS = {"Ask the relatives for a DNA sample", "Request the forensic bureau's report"};
    private static final String[] CHILD_TASKS = {"Contact the guardian", "Ask the children's services for news"};

    /** What to load: how many people, from which seed, as of when, at which schema version. */
    record Settings(int count, long seed, Instant now, String loadAtVersion) {

        static Settings fromSystemProperties() {
            Instant now = System.getProperty("now") != null ? Instant.parse(System.getProperty("now"))
                    : Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(6));
            return new Settings(Integer.parseInt(System.getProperty("count", "1000000")), Long.getLong("seed", 20261129L),
                    now, System.getProperty("loadAtVersion", "6"));
        }
    }

    /** A caseworker account made by the loader. */
    record Caseworker(long id, String username, String office) {
    }

    /** A round of the plan: the domain object (its status reached by the domain's own moves) and its dates. */
    static final class Round {
        final long id;
        final ExchangeRound round;
        final LocalDate listedOn;
        /** When the other side answered on the list; null for a round still being planned. */
        final LocalDate decidedOn;
        /** When the exchange took place; null unless completed. */
        final LocalDate exchangedOn;
        final LocalDate cancelledOn;
        final Map<Side, Integer> targets = new EnumMap<>(Side.class);
        final Map<Side, Double> chances = new EnumMap<>(Side.class);

        Round(long id, ExchangeRound round, LocalDate listedOn, LocalDate decidedOn, LocalDate exchangedOn, LocalDate cancelledOn) {
            this.id = id;
            this.round = round;
            this.listedOn = listedOn;
            this.decidedOn = decidedOn;
            this.exchangedOn = exchangedOn;
            this.cancelledOn = cancelledOn;
        }

        /** Whether the round lists this person, registered then, with enough time to locate and verify them first. */
        boolean fits(PersonDetails details, Instant registered) {
            return round.getType().lists(details.getCategory(), details.getCategory() == Category.REMAINS)
                    && targets.getOrDefault(details.getSide(), 0) > 0
                    && !registered.isAfter(at(listedOn, 0).minus(Duration.ofDays(45)));
        }
    }

    /** One row of a person's status history. */
    record Move(RepatriationStatus from, RepatriationStatus to, String by, Instant at, String reason,
                ClosingReason closingReason, Long roundId) {
    }

    /** One follow-up task on a case. */
    record Task(String description, LocalDate dueOn, long assigneeId, Instant doneAt, String createdBy) {
    }

    private final Settings settings;
    private final LocalDate today;
    private final SplittableRandom random;
    private final Map<String, List<Caseworker>> caseworkers = new HashMap<>();
    private final List<Round> rounds = new ArrayList<>();

    CaseloadLoader(Settings settings) {
        this.settings = settings;
        this.today = LocalDate.ofInstant(settings.now(), ZoneOffset.UTC);
        // Apart from the generator's own sequence and the demo's registration delays, so that the people
        // and their registration are the same as with any other use of the seed.
        this.random = new SplittableRandom(settings.seed() * 31 + 7);
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:h2:file:./target/benchmark/reports-h2/homeward");
        load(url, System.getenv().getOrDefault("DB_USER", "sa"), System.getenv().getOrDefault("DB_PASSWORD", "sa"),
                Settings.fromSystemProperties());
    }

    /** Migrates to the load version, loads the caseload, runs the later migrations; prints each phase's time. */
    static void load(String url, String user, String password, Settings settings) throws SQLException {
        System.out.printf("caseload of %,d people, seed %d, as of %s, loaded at schema version %s%n", settings.count(),
                settings.seed(), settings.now(), settings.loadAtVersion());
        Instant started = Instant.now();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(settings.loadAtVersion()).load().migrate();
        Instant migrated = phase("schema up to version " + settings.loadAtVersion(), started);
        try (Connection db = PersonRows.bulkLoad(url, user, password)) {
            if (single(db, "select count(*) from person") > 0) {
                throw new IllegalStateException("the registry is not empty: load a caseload into a fresh database");
            }
            new CaseloadLoader(settings).write(db, migrated);
        }
        Instant before = Instant.now();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        phase("later migrations over the loaded data", before);
        phase("total", started);
    }

    private void write(Connection db, Instant since) throws SQLException {
        Map<String, Long> officeIds = PersonRows.offices(db);
        accounts(db, officeIds);
        planRounds();
        writeRounds(db);
        db.commit();
        Instant peopleFrom = phase("offices, " + OFFICES.size() * CASEWORKERS_PER_OFFICE + " caseworkers and "
                + rounds.size() + " rounds", since);
        long nextId = people(db, officeIds, peopleFrom);
        Instant afterPeople = phase("people, histories, tasks and lists", peopleFrom);
        try (Statement statement = db.createStatement()) {
            // Sequences past the loaded ids, so that the application's own inserts never collide.
            for (String sequence : List.of("person_seq", "person_part_seq", "nomination_seq")) {
                statement.execute("alter sequence " + sequence + " restart with " + (nextId + 1_000));
            }
            statement.execute("alter sequence round_seq restart with 1000");
            statement.execute("alter sequence app_user_seq restart with 10000");
            statement.execute("analyze");
        }
        db.commit();
        phase("sequences and statistics", afterPeople);
    }

    // ---- accounts

    /** {@value #CASEWORKERS_PER_OFFICE} caseworkers per office (cw-kyiv-01 …), with invented names and a real bcrypt hash. */
    private void accounts(Connection db, Map<String, Long> officeIds) throws SQLException {
        String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10));
        PeopleGenerator names = new PeopleGenerator(settings.seed() + 1);
        long id = 5_000;
        try (PreparedStatement users = db.prepareStatement("insert into app_user (id, username, display_name, office_id, "
                + "active, password_hash, must_change_password, password_changed_at, failed_logins, version) "
                + "values (?, ?, ?, ?, true, ?, false, ?, 0, 0)");
             PreparedStatement roles = db.prepareStatement("insert into app_user_role (user_id, role) values (?, 'CASEWORKER')")) {
            for (String office : OFFICES) {
                List<Caseworker> staff = new ArrayList<>();
                for (int n = 1; n <= CASEWORKERS_PER_OFFICE; n++) {
                    PersonDetails name = names.next();
                    while (name.getSide() != Side.OWN || name.getCategory() == Category.CHILD) {
                        name = names.next();
                    }
                    Caseworker caseworker = new Caseworker(id++, String.format("cw-%s-%02d", office.toLowerCase(), n), office);
                    users.setLong(1, caseworker.id());
                    users.setString(2, caseworker.username());
                    users.setString(3, name.getNames().getGivenName() + " " + name.getNames().getFamilyName());
                    users.setLong(4, officeIds.get(office));
                    users.setString(5, hash);
                    users.setObject(6, settings.now().atOffset(ZoneOffset.UTC));
                    users.addBatch();
                    roles.setLong(1, caseworker.id());
                    roles.addBatch();
                    staff.add(caseworker);
                }
                caseworkers.put(office, staff);
            }
            users.executeBatch();
            roles.executeBatch();
        }
    }

    /** The supervisor who signs off an office's moves: the demo's KYIV supervisor, or head office for the others. */
    private static String supervisorOf(String office) {
        return office.equals("KYIV") ? "supervisor" : "hq";
    }

    // ---- rounds

    /**
     * About forty rounds from the spring of 2022 to now: completed ones, one cancelled, and at the end two
     * agreed, two under negotiation and one being planned. Each round's list size per side is a target; the
     * chance that a fitting person is listed comes from a pilot of the same people (the first 20,000).
     */
    void planRounds() {
        LocalDate first = LocalDate.of(2022, 4, 14);
        LocalDate lastTalks = today.minusDays(12);
        long span = lastTalks.toEpochDay() - first.toEpochDay();
        double scale = Math.min(1.0, settings.count() / FULL_LISTS_FROM);
        for (int i = 0; i < ROUNDS; i++) {
            RoundType type = TYPE_CYCLE[i % TYPE_CYCLE.length];
            LocalDate talks = LocalDate.ofEpochDay(Math.min(lastTalks.toEpochDay(),
                    first.toEpochDay() + span * i / (ROUNDS - 1) + random.nextInt(15) - 7));
            RoundStatus status = i == ROUNDS - 1 ? RoundStatus.PLANNED
                    : i >= ROUNDS - 3 ? RoundStatus.NEGOTIATING
                    : i >= ROUNDS - 5 ? RoundStatus.AGREED
                    : i == ROUNDS / 2 ? RoundStatus.CANCELLED
                    : RoundStatus.COMPLETED;
            int size = status == RoundStatus.PLANNED ? 100 : 200 + random.nextInt(801);
            int listed = (int) Math.max(1, Math.round(size * scale));
            double own = switch (type) {
                case POW_EXCHANGE, REMAINS_EXCHANGE -> 0.5;
                case MIXED -> 0.7;
                case CIVILIAN_RELEASE -> 0.85;
                case CHILD_RETURN -> 1.0;
            };
            LocalDate planned = status == RoundStatus.PLANNED ? today.plusDays(20 + random.nextInt(20))
                    : status.isOpen() ? today.plusDays(5 + random.nextInt(10)) : talks.plusDays(7 + random.nextInt(15));
            LocalDate exchanged = status == RoundStatus.COMPLETED
                    ? LocalDate.ofEpochDay(Math.min(planned.toEpochDay() + random.nextInt(3), today.minusDays(1).toEpochDay())) : null;
            LocalDate listedOn = status == RoundStatus.PLANNED ? today.minusDays(3) : talks;
            RoundDetails details = new RoundDetails();
            details.setType(type);
            details.setName(name(type, i) + ", " + VENUES[i % VENUES.length]);
            details.setVenue(VENUES[i % VENUES.length]);
            details.setMediators(MEDIATORS[random.nextInt(MEDIATORS.length)]);
            details.setTalksDate(status == RoundStatus.PLANNED ? planned.minusDays(7) : talks);
            details.setPlannedExchangeDate(planned);
            int ownList = (int) Math.round(listed * own);
            int heldList = listed - ownList;
            quotas(details, type, ownList, heldList);
            ExchangeRound round = new ExchangeRound(details, "hq", at(listedOn.minusDays(10), 9));
            // The loader writes the rounds' people itself: moving a round with nobody on it yet moves nobody.
            StatusMoves nobody = (person, to, reason) -> {
                throw new IllegalStateException("the round has nobody on it yet");
            };
            Instant moved = at(listedOn.minusDays(10), 10);
            if (status != RoundStatus.PLANNED) {
                round.moveTo(RoundStatus.NEGOTIATING, null, List.of(), "hq", moved, nobody);
            }
            if (status == RoundStatus.AGREED || status == RoundStatus.COMPLETED) {
                round.moveTo(RoundStatus.AGREED, null, List.of(), "hq", moved, nobody);
            }
            if (status == RoundStatus.COMPLETED) {
                round.complete(exchanged);
            }
            if (status == RoundStatus.CANCELLED) {
                round.moveTo(RoundStatus.CANCELLED, "talks broken off", List.of(), "hq", moved, nobody);
            }
            Round planRound = new Round(100 + i, round, listedOn, status == RoundStatus.PLANNED ? null : talks.plusDays(3),
                    exchanged, status == RoundStatus.CANCELLED ? talks.plusDays(10) : null);
            planRound.targets.put(Side.OWN, ownList);
            planRound.targets.put(Side.HELD, heldList);
            rounds.add(planRound);
        }
        chances();
    }

    private static String name(RoundType type, int i) {
        return switch (type) {
            case POW_EXCHANGE -> "Prisoner exchange no. " + (i + 1);
            case REMAINS_EXCHANGE -> "Repatriation of remains no. " + (i + 1);
            case MIXED -> "Exchange of prisoners and civilians no. " + (i + 1);
            case CIVILIAN_RELEASE -> "Release of civilians no. " + (i + 1);
            case CHILD_RETURN -> "Return of children, list no. " + (i + 1);
        };
    }

    /** Agreed quotas: "N for N" for the category the round is about, a little under the lists (some are refused). */
    private static void quotas(RoundDetails details, RoundType type, int ownList, int heldList) {
        Category category = switch (type) {
            case POW_EXCHANGE, MIXED -> Category.POW;
            case REMAINS_EXCHANGE -> Category.REMAINS;
            case CIVILIAN_RELEASE -> Category.CIVILIAN;
            case CHILD_RETURN -> Category.CHILD;
        };
        int own = Math.max(1, ownList * 9 / 10);
        details.getQuotas().add(new RoundDetails.QuotaLine(category, Side.OWN, own));
        if (heldList > 0) {
            details.getQuotas().add(new RoundDetails.QuotaLine(category, Side.HELD, Math.max(1, heldList * 9 / 10)));
        }
        details.setTerms(heldList > 0 ? own + " for " + Math.max(1, heldList * 9 / 10) : own + " to be returned");
    }

    /** The chance that a fitting person is put on each round's list, from a pilot over the first people. */
    private void chances() {
        int pilot = Math.min(settings.count(), 20_000);
        PeopleGenerator generator = new PeopleGenerator(settings.seed());
        SplittableRandom delays = new SplittableRandom(~settings.seed());
        Map<Round, Map<Side, Integer>> fitting = new HashMap<>();
        for (int n = 0; n < pilot; n++) {
            PersonDetails details = generator.next();
            Instant registered = DemoPeople.registeredAt(details, delays, settings.now());
            for (Round round : rounds) {
                if (round.fits(details, registered)) {
                    fitting.computeIfAbsent(round, r -> new EnumMap<>(Side.class)).merge(details.getSide(), 1, Integer::sum);
                }
            }
        }
        for (Round round : rounds) {
            for (Side side : Side.values()) {
                int fit = fitting.getOrDefault(round, Map.of()).getOrDefault(side, 0);
                double expected = (double) fit / pilot * settings.count();
                round.chances.put(side, expected < 1 ? 0 : Math.min(0.5, round.targets.get(side) / expected));
            }
        }
    }

    private void writeRounds(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into exchange_round (id, version, name, round_type, venue, "
                + "mediators, talks_date, planned_exchange_date, actual_exchange_date, terms, status, created_by, created_at) "
                + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement quota = db.prepareStatement("insert into round_quota (round_id, category, side, quota) values (?, ?, ?, ?)")) {
            for (Round planned : rounds) {
                ExchangeRound round = planned.round;
                insert.setLong(1, planned.id);
                insert.setString(2, round.getName());
                insert.setString(3, round.getType().name());
                insert.setString(4, round.getVenue());
                insert.setString(5, round.getMediators());
                insert.setObject(6, round.getTalksDate());
                insert.setObject(7, round.getPlannedExchangeDate());
                insert.setObject(8, round.getActualExchangeDate());
                insert.setString(9, round.getTerms());
                insert.setString(10, round.getStatus().name());
                insert.setString(11, round.getCreatedBy());
                insert.setObject(12, round.getCreatedAt().atOffset(ZoneOffset.UTC));
                insert.addBatch();
                for (var line : round.getQuotas()) {
                    quota.setLong(1, planned.id);
                    quota.setString(2, line.getCategory().name());
                    quota.setString(3, line.getSide().name());
                    quota.setInt(4, line.getCount());
                    quota.addBatch();
                }
            }
            insert.executeBatch();
            quota.executeBatch();
        }
    }

    // ---- people

    /** Generates, moves and writes every person; returns the next free id. */
    private long people(Connection db, Map<String, Long> officeIds, Instant started) throws SQLException {
        PeopleGenerator generator = new PeopleGenerator(settings.seed());
        SplittableRandom delays = new SplittableRandom(~settings.seed());
        // Case numbers per category and year of registration, as the application numbers them.
        Map<String, Long> numbers = new HashMap<>();
        try (PersonRows rows = new PersonRows(db, officeIds, 10_000_000L);
             PreparedStatement changes = db.prepareStatement("insert into status_change (id, version, person_id, from_status, "
                     + "to_status, changed_by, changed_at, reason, closing_reason, round_id) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement lists = db.prepareStatement("insert into nomination (id, version, round_id, person_id, outcome, "
                     + "reason, status_before, nominated_by, nominated_at, decided_by, decided_at, held_person_id) "
                     + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tasks = db.prepareStatement("insert into follow_up_task (id, person_id, description, due_on, "
                     + "assignee_id, done, done_at, created_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int n = 0; n < settings.count(); n++) {
                PersonDetails details = generator.next();
                Instant registered = DemoPeople.registeredAt(details, delays, settings.now());
                int year = LocalDate.ofInstant(registered, ZoneOffset.UTC).getYear();
                long number = numbers.merge(details.getCategory() + "-" + year, 1L, Long::sum);
                Person person = PersonRows.person(details, details.getCategory(), year, number, registered);
                Life life = live(person, details);
                long personId = rows.add(person, life.assignee == null ? null : life.assignee.id());
                for (Move move : life.moves) {
                    changes.setLong(1, rows.nextId());
                    changes.setLong(2, personId);
                    changes.setString(3, move.from().name());
                    changes.setString(4, move.to().name());
                    changes.setString(5, move.by());
                    changes.setObject(6, move.at().atOffset(ZoneOffset.UTC));
                    changes.setString(7, move.reason());
                    changes.setString(8, move.closingReason() == null ? null : move.closingReason().name());
                    changes.setObject(9, move.roundId(), java.sql.Types.BIGINT);
                    changes.addBatch();
                }
                for (Map.Entry<Round, Nomination> entry : life.nominations.entrySet()) {
                    Round round = entry.getKey();
                    Nomination nomination = entry.getValue();
                    lists.setLong(1, rows.nextId());
                    lists.setLong(2, round.id);
                    lists.setLong(3, personId);
                    lists.setString(4, nomination.getOutcome().name());
                    lists.setString(5, nomination.getReason());
                    lists.setString(6, nomination.getStatusBefore().name());
                    lists.setString(7, nomination.getNominatedBy());
                    lists.setObject(8, nomination.getNominatedAt().atOffset(ZoneOffset.UTC));
                    lists.setString(9, nomination.getDecidedBy());
                    lists.setObject(10, nomination.getDecidedAt() == null ? null : nomination.getDecidedAt().atOffset(ZoneOffset.UTC));
                    // The person is held while the round is open and the outcome holds them (V4: one open round each).
                    boolean held = round.round.getStatus().isOpen() && nomination.getOutcome().holdsPerson();
                    lists.setObject(11, held ? personId : null, java.sql.Types.BIGINT);
                    lists.addBatch();
                }
                for (Task task : tasks(person, life)) {
                    tasks.setLong(1, rows.nextId());
                    tasks.setLong(2, personId);
                    tasks.setString(3, task.description());
                    tasks.setObject(4, task.dueOn());
                    tasks.setLong(5, task.assigneeId());
                    tasks.setBoolean(6, task.doneAt() != null);
                    tasks.setObject(7, task.doneAt() == null ? null : task.doneAt().atOffset(ZoneOffset.UTC));
                    tasks.setString(8, task.createdBy());
                    tasks.addBatch();
                }
                if ((n + 1) % BATCH == 0 || n + 1 == settings.count()) {
                    // People first: the history, the lists and the tasks refer to them.
                    rows.flush();
                    changes.executeBatch();
                    lists.executeBatch();
                    tasks.executeBatch();
                    db.commit();
                }
                if ((n + 1) % 100_000 == 0) {
                    System.out.printf("  %,d people (%s)%n", n + 1, Duration.between(started, Instant.now()));
                }
            }
            counters(db, numbers);
            return rows.nextId();
        }
    }

    /** The application's case-number counters moved past this year's loaded numbers, so its next case gets a new one. */
    private void counters(Connection db, Map<String, Long> numbers) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "update case_number_counter set counter_year = ?, last_value = ? where category = ?")) {
            for (Category category : Category.values()) {
                update.setInt(1, today.getYear());
                update.setLong(2, numbers.getOrDefault(category + "-" + today.getYear(), 0L));
                update.setString(3, category.name());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** One person's case as it went: the moves, the round lists, the caseworker. */
    final class Life {
        final Person person;
        final Caseworker caseworker;
        final String supervisor;
        final List<Move> moves = new ArrayList<>();
        final Map<Round, Nomination> nominations = new java.util.LinkedHashMap<>();
        Caseworker assignee;
        Instant last;

        Life(Person person) {
            this.person = person;
            String office = person.getOffice().getCode();
            List<Caseworker> staff = caseworkers.get(office);
            this.caseworker = staff.get(random.nextInt(staff.size()));
            this.supervisor = supervisorOf(office);
            this.last = person.getRegisteredAt();
        }

        /**
         * Makes the move if its time has come: never before the previous one, never after now. Returns false
         * (and changes nothing) when it lies in the future; a move the workflow does not know is a bug here.
         */
        boolean move(RepatriationStatus to, String by, Instant at, String reason, ClosingReason closingReason, Long roundId) {
            Instant when = at.isAfter(last) ? at : last.plus(Duration.ofMinutes(1));
            if (when.isAfter(settings.now())) {
                return false;
            }
            RepatriationStatus from = person.getStatus();
            if (StatusRules.kind(from, to, person.getSide()).isEmpty()) {
                throw new IllegalStateException("no move " + from + " -> " + to + " for " + person.getCaseNumber());
            }
            person.moveTo(to, when);
            moves.add(new Move(from, to, by, when, reason, closingReason, roundId));
            last = when;
            return true;
        }

        /** A move a round makes on a day its plan has already put in the past. */
        void byRound(Round round, RepatriationStatus to, Instant at, String reason) {
            if (!move(to, supervisor, at, reason, null, round.id)) {
                throw new IllegalStateException("round move in the future for " + person.getCaseNumber());
            }
        }

        Instant afterLast(int minDays, int spreadDays) {
            return last.plus(Duration.ofDays(minDays + random.nextInt(spreadDays)).plusMinutes(random.nextInt(8 * 60)));
        }
    }

    /** The person's case from registration to now: rounds if a round picked them, otherwise as the demo spreads the rest. */
    Life live(Person person, PersonDetails details) {
        Life life = new Life(person);
        Round main = null;
        for (Round round : rounds) {
            if (round.fits(details, person.getRegisteredAt()) && random.nextDouble() < round.chances.get(person.getSide())) {
                main = round;
                break;
            }
        }
        if (main == null) {
            spread(life);
        } else {
            Round earlier = earlierRound(details, person.getRegisteredAt(), main);
            verify(life, (earlier == null ? main : earlier).listedOn);
            if (earlier != null) {
                Nomination nomination = nominate(life, earlier);
                if (random.nextInt(10) < 7) {
                    reject(life, earlier, nomination, REJECTIONS[random.nextInt(REJECTIONS.length)]);
                }
                release(life, earlier, nomination);
            }
            onList(life, main, nominate(life, main));
        }
        boolean open = person.getStatus() != RepatriationStatus.CLOSED;
        life.assignee = open && random.nextInt(10) < 7 ? life.caseworker : null;
        return life;
    }

    /** For one in ten listed people, an earlier completed round that did not take them. */
    private Round earlierRound(PersonDetails details, Instant registered, Round main) {
        if (random.nextInt(10) != 0) {
            return null;
        }
        List<Round> candidates = new ArrayList<>();
        for (Round round : rounds) {
            if (round.exchangedOn != null && round.exchangedOn.isBefore(main.listedOn) && round.fits(details, registered)) {
                candidates.add(round);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** Located and verified by the case's caseworker between registration and the listing (as the demo rounds do). */
    private void verify(Life life, LocalDate listedOn) {
        Instant registered = life.person.getRegisteredAt();
        long minutes = Duration.between(registered, at(listedOn, 0)).toMinutes();
        life.move(RepatriationStatus.LOCATED, life.caseworker.username(), registered.plus(Duration.ofMinutes(minutes / 3)),
                "ICRC visit confirmed the place of detention", null, null);
        life.move(RepatriationStatus.VERIFIED, life.caseworker.username(), registered.plus(Duration.ofMinutes(minutes * 2 / 3)),
                "Identity checked against the military ID", null, null);
    }

    private Nomination nominate(Life life, Round round) {
        Instant listedAt = at(round.listedOn, 11);
        Nomination nomination = new Nomination(round.round, life.person, life.supervisor, listedAt);
        life.nominations.put(round, nomination);
        life.byRound(round, RepatriationStatus.NOMINATED, listedAt, "Listed on " + round.round.getName());
        return nomination;
    }

    /** What the talks and the exchange made of the person's place on the round, by where the round stands. */
    private void onList(Life life, Round round, Nomination nomination) {
        int roll = random.nextInt(100);
        switch (round.round.getStatus()) {
            case COMPLETED -> {
                if (roll < 80) {
                    accept(life, round, nomination);
                    exchange(life, round, nomination);
                    return;
                }
                if (roll < 83) {
                    accept(life, round, nomination);
                    reject(life, round, nomination, "the other side withdrew its consent");
                } else if (roll < 90) {
                    reject(life, round, nomination, REJECTIONS[random.nextInt(REJECTIONS.length)]);
                } else if (roll < 94) {
                    withdraw(life, round, nomination, at(round.decidedOn, 10), "the family asked to wait for a later round");
                    return;
                }
                release(life, round, nomination);
            }
            case CANCELLED -> withdraw(life, round, nomination, at(round.cancelledOn, 12), "talks broke down");
            case AGREED -> {
                if (roll < 78) {
                    accept(life, round, nomination);
                } else if (roll < 86) {
                    reject(life, round, nomination, REJECTIONS[random.nextInt(REJECTIONS.length)]);
                } else if (roll < 90) {
                    withdraw(life, round, nomination, at(round.decidedOn, 10), "the family asked to wait for a later round");
                }
            }
            case NEGOTIATING -> {
                if (roll < 30) {
                    accept(life, round, nomination);
                } else if (roll < 40) {
                    reject(life, round, nomination, REJECTIONS[random.nextInt(REJECTIONS.length)]);
                } else if (roll < 45) {
                    accept(life, round, nomination);
                    nomination.decide(Outcome.POSTPONED, null, life.supervisor, at(round.decidedOn, 16));
                    life.byRound(round, RepatriationStatus.NOMINATED, at(round.decidedOn, 16), "Postponed on " + round.round.getName());
                }
            }
            default -> {
                // Planned: the list is a proposal nobody has answered yet.
            }
        }
    }

    private void accept(Life life, Round round, Nomination nomination) {
        Instant at = at(round.decidedOn, 14);
        nomination.decide(Outcome.ACCEPTED, null, life.supervisor, at);
        life.byRound(round, RepatriationStatus.AGREED, at, "Accepted on " + round.round.getName());
    }

    /** Refused by the other side; an agreement is undone, and the person stays listed until the exchange (as RoundService). */
    private void reject(Life life, Round round, Nomination nomination, String reason) {
        Instant at = at(round.decidedOn, 15);
        nomination.decide(Outcome.REJECTED, reason, life.supervisor, at);
        if (life.person.getStatus() == RepatriationStatus.AGREED) {
            life.byRound(round, RepatriationStatus.NOMINATED, at, "Rejected on " + round.round.getName() + ": " + reason);
        }
    }

    private void withdraw(Life life, Round round, Nomination nomination, Instant at, String reason) {
        nomination.decide(Outcome.WITHDRAWN, reason, life.supervisor, at);
        life.byRound(round, nomination.getStatusBefore(), at, "Withdrawn from " + round.round.getName() + ": " + reason);
    }

    /** The exchange took place: home (or handed over), then for many a reunion and the case closed. */
    private void exchange(Life life, Round round, Nomination nomination) {
        Instant at = at(round.exchangedOn, 17);
        nomination.exchanged(life.supervisor, at);
        life.byRound(round, RepatriationStatus.REPATRIATED, at, "Exchanged on " + round.round.getName() + ", " + round.exchangedOn);
        afterReturn(life);
    }

    /** The round was exchanged without the person: undecided counts as postponed, and they return to where they were. */
    private void release(Life life, Round round, Nomination nomination) {
        nomination.release();
        life.byRound(round, nomination.getStatusBefore(), at(round.exchangedOn, 17),
                "Not exchanged on " + round.round.getName() + " (" + nomination.getOutcome() + ")");
    }

    private void afterReturn(Life life) {
        Person person = life.person;
        boolean reunites = person.getSide() == Side.OWN && person.getCategory() != Category.REMAINS;
        if (reunites && random.nextInt(100) < 65) {
            if (!life.move(RepatriationStatus.REUNITED, life.caseworker.username(), life.afterLast(1, 20),
                    "Met by the family at the reception centre", null, null)) {
                return;
            }
        }
        if (random.nextInt(100) < 35) {
            life.move(RepatriationStatus.CLOSED, life.supervisor, life.afterLast(20, 180),
                    person.getCategory() == Category.REMAINS ? "Handed over to the family for burial" : "Home; nothing left to do",
                    ClosingReason.COMPLETED, null);
        }
    }

    /**
     * The people no round took, spread as the demo spreads them: about a third still as reported, a quarter
     * located, the rest verified; of those a few confirmed dead, released outside any round, or closed.
     */
    private void spread(Life life) {
        Person person = life.person;
        String caseworker = life.caseworker.username();
        int roll = random.nextInt(100);
        Instant first = person.getRegisteredAt().plus(Duration.ofDays(5 + random.nextInt(120)));
        if (roll < 35) {
            if (random.nextInt(40) == 0) {
                life.move(RepatriationStatus.CLOSED, life.supervisor, first, "The family withdrew the request",
                        ClosingReason.WITHDRAWN, null);
            }
            return;
        }
        if (!life.move(RepatriationStatus.LOCATED, caseworker, first, "Whereabouts confirmed by the other side's list", null, null)) {
            return;
        }
        if (roll < 60) {
            if (random.nextInt(30) == 0) {
                // The information proved wrong: back to reported, with the reason the workflow asks for.
                life.move(RepatriationStatus.REPORTED, caseworker, life.afterLast(10, 90),
                        "The other side's list named another person", null, null);
            }
            return;
        }
        if (!life.move(RepatriationStatus.VERIFIED, caseworker, life.afterLast(10, 90), "Identity checked against documents", null, null)) {
            return;
        }
        int tail = random.nextInt(1000);
        boolean living = person.getCategory() != Category.REMAINS;
        if (living && person.getCategory() != Category.CHILD && tail < 25) {
            if (life.move(RepatriationStatus.DECEASED, life.supervisor, life.afterLast(40, 360),
                    "Death in custody reported by the ICRC", null, null) && random.nextInt(10) < 3) {
                life.move(RepatriationStatus.REPATRIATED, life.supervisor, life.afterLast(30, 170),
                        "Body handed over outside a round", null, null);
            }
        } else if (living && person.getSide() == Side.OWN && person.getCategory() != Category.POW && tail < 60) {
            if (life.move(RepatriationStatus.REPATRIATED, life.supervisor, life.afterLast(30, 270),
                    "Released unilaterally and crossed at the border", null, null)) {
                life.move(RepatriationStatus.REUNITED, caseworker, life.afterLast(1, 10), "Met by the family in Chernihiv", null, null);
            }
        } else if (tail >= 60 && tail < 75) {
            life.move(RepatriationStatus.CLOSED, life.supervisor, life.afterLast(12, 30),
                    "Registered twice; the earlier case carries on", ClosingReason.DUPLICATE, null);
        } else if (person.getSide() == Side.HELD && tail >= 75 && tail < 100) {
            life.move(RepatriationStatus.CLOSED, life.supervisor, life.afterLast(30, 300),
                    "Declined to be handed over; stays in Ukraine", ClosingReason.REMAINED_VOLUNTARILY, null);
        } else if (tail >= 100 && tail < 105) {
            life.move(RepatriationStatus.CLOSED, life.supervisor, life.afterLast(30, 300),
                    "Case transferred to the national police", ClosingReason.OTHER, null);
        }
    }

    /**
     * About half a task per person, for the office's caseworkers: most done, some overdue, some still due.
     * A closed case has no open task.
     */
    List<Task> tasks(Person person, Life life) {
        int roll = random.nextInt(10);
        int count = roll < 6 ? 0 : roll < 9 ? 1 : 2;
        List<Task> tasks = new ArrayList<>(count);
        Instant registered = person.getRegisteredAt();
        long window = Math.max(1, Duration.between(registered, settings.now()).toMinutes());
        String[] pool = switch (person.getCategory()) {
            case REMAINS -> REMAINS_TASKS;
            case CHILD -> CHILD_TASKS;
            default -> TASKS;
        };
        for (int i = 0; i < count; i++) {
            Instant created = registered.plus(Duration.ofMinutes(random.nextLong(window)));
            LocalDate due = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(7 + random.nextInt(54));
            Caseworker assignee = life.assignee != null ? life.assignee : life.caseworker;
            Instant doneBy = at(due, 12).isBefore(settings.now()) ? at(due, 12) : settings.now();
            boolean done = person.getStatus() == RepatriationStatus.CLOSED
                    || (due.isBefore(today) ? random.nextInt(100) < 85 : random.nextInt(100) < 20);
            Instant doneAt = done ? created.plus(Duration.ofMinutes(random.nextLong(
                    Math.max(1, Duration.between(created, doneBy).toMinutes())))) : null;
            tasks.add(new Task(pool[random.nextInt(pool.length)], due, assignee.id(), doneAt,
                    random.nextBoolean() ? life.supervisor : assignee.username()));
        }
        return tasks;
    }

    // ---- helpers

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }

    private static Instant phase(String name, Instant since) {
        Instant now = Instant.now();
        System.out.printf("%-48s %8.1f s%n", name, Duration.between(since, now).toMillis() / 1000.0);
        return now;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
