package org.homeward.person;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.access.Office;

/**
 * Generated people written straight into the database with JDBC batches, for the benchmarks' bulk loads
 * (the registry's million, the reports' caseload): each person's row, search keys and identity documents,
 * made by the same {@link Person} and {@link SearchTerms} as the application's. Ids come from one counter
 * shared with whatever other case parts the caller writes ({@link #nextId()}). The caller commits.
 */
public final class PersonRows implements AutoCloseable {

    private final Map<String, Long> officeIds;
    private final PreparedStatement people;
    private final PreparedStatement terms;
    // Loaders may write into a schema of an earlier version and migrate after (CaseloadLoader): before V18
    // the keys carry no list columns, and before V19 there are no match keys (V19 derives them).
    private final boolean termsCarryListColumns;
    private final PreparedStatement matchKeys;
    private final PreparedStatement documents;
    private long nextId;

    public PersonRows(Connection db, Map<String, Long> officeIds, long firstId) throws SQLException {
        this.officeIds = officeIds;
        this.nextId = firstId;
        people = db.prepareStatement("insert into person (id, case_number, category, side, status, family_name, given_name, patronymic, father_given_name, mother_maiden_name, sex, birth_date, birth_date_precision, estimated_age, birth_place, citizenship, military_rank, military_unit, service_branch, service_number, event_kind, event_date, event_place, oblast, detaining_authority, last_known_location, current_location, location_confirmed_by, location_confirmed_on, health_condition, seriously_wounded, medical_notes, separation_cause, guardian, institution_of_origin, personal_status_changes, identity_in_doubt, identification_status, identification_method, tag_number, burial_place, consent_tracing, consent_sharing, legal_basis, restricted, latin_family_name, latin_given_name, latin_patronymic, alt_latin_family_name, alt_latin_given_name, alt_latin_patronymic, office_id, assigned_to_id, registered_at, updated_at, version, deceased) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        termsCarryListColumns = schemaHas(db, "person_search_term", "registered_at");
        terms = db.prepareStatement(termsCarryListColumns
                ? "insert into person_search_term (person_id, term, registered_at, office_id, restricted, assigned_to_id) "
                        + "values (?, ?, ?, ?, ?, ?)"
                : "insert into person_search_term (person_id, term) values (?, ?)");
        matchKeys = schemaHas(db, "person_match_key", null)
                ? db.prepareStatement("insert into person_match_key (person_id, match_key) values (?, ?)") : null;
        documents = db.prepareStatement("insert into identity_document (id, person_id, document_type, document_number, "
                + "issuing_country, version) values (?, ?, ?, ?, ?, 0)");
    }

    /**
     * A connection for a bulk load, not committing on its own. Foreign keys are not checked row by row (the
     * loaders keep them valid). On PostgreSQL commits do not wait for the disk: this needs a superuser
     * session, which is why the benchmark scripts load as {@code postgres}; H2 gets a large page cache.
     */
    public static Connection bulkLoad(String url, String user, String password) throws SQLException {
        Connection db = DriverManager.getConnection(url, user, password);
        if (url.startsWith("jdbc:postgresql:")) {
            try (Statement statement = db.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.execute("set synchronous_commit = off");
            }
        } else if (url.startsWith("jdbc:h2:")) {
            try (Statement statement = db.createStatement()) {
                // A page cache of a gigabyte (in KB): the default's 16 MB made every insert read pages from disk.
                statement.execute("set cache_size 1048576");
                statement.execute("set referential_integrity false");
            }
        }
        db.setAutoCommit(false);
        return db;
    }

    /**
     * On H2, drops the secondary indexes (and unique keys) of the tables a load fills and gives back the
     * statements that build them again ({@link #rebuildIndexes}). H2 puts each row into every index of its table at once,
     * at a random place of a tree far larger than its page cache: a million people took over an hour and
     * a half that way, while building an index over the loaded rows sorts them first. An index that a
     * foreign key uses cannot be dropped and stays. Nothing to do on PostgreSQL.
     */
    public static List<String> dropSecondaryIndexes(Connection db) throws SQLException {
        List<String> rebuild = new ArrayList<>();
        if (!db.getMetaData().getURL().startsWith("jdbc:h2:")) {
            return rebuild;
        }
        List<String> definitions = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet script = statement.executeQuery("script nodata")) {
            while (script.next()) {
                String line = script.getString(1);
                boolean index = (line.startsWith("CREATE INDEX ") || line.startsWith("CREATE UNIQUE INDEX "))
                        && LOADED_TABLES.stream().anyMatch(table -> line.contains(" ON \"PUBLIC\".\"" + table + "\"("));
                // Unique keys and primary keys of more than the row's id are indexes beside the rows too.
                boolean key = LOADED_TABLES.stream().anyMatch(table -> line.startsWith("ALTER TABLE \"PUBLIC\".\"" + table + "\" "))
                        && (line.contains(" UNIQUE(") || line.contains(" PRIMARY KEY(") && !line.contains(" PRIMARY KEY(\"ID\")"));
                if (index || key) {
                    definitions.add(line);
                }
            }
        }
        for (String definition : definitions) {
            String drop;
            if (definition.startsWith("CREATE ")) {
                drop = "drop index " + definition.substring(definition.indexOf("INDEX ") + 6, definition.indexOf(" ON "));
            } else {
                int name = definition.indexOf(" CONSTRAINT ") + 12;
                drop = definition.substring(0, definition.indexOf(" ADD ")) + " drop constraint "
                        + definition.substring(name, definition.indexOf(' ', name));
            }
            try (Statement statement = db.createStatement()) {
                statement.execute(drop);
                rebuild.add(definition);
            } catch (SQLException usedByAConstraint) {
                // Kept: a foreign key needs it.
            }
        }
        db.commit();
        return rebuild;
    }

    /** Builds again the indexes {@link #dropSecondaryIndexes} dropped; commits. */
    public static void rebuildIndexes(Connection db, List<String> definitions) throws SQLException {
        for (String definition : definitions) {
            try (Statement statement = db.createStatement()) {
                statement.execute(definition);
            }
        }
        db.commit();
    }

    private static final List<String> LOADED_TABLES = List.of("PERSON", "PERSON_SEARCH_TERM", "IDENTITY_DOCUMENT",
            "PERSON_MATCH_KEY");

    /** A person as a caseworker's registration makes them (not persisted): case number, office, documents. */
    public static Person person(PersonDetails details, Category category, int year, long number, Instant registeredAt) {
        Person person = new Person(CaseNumbers.format(category, year, number), category, details.getSide(), details,
                new Office(details.getOffice(), details.getOffice(), false), null, registeredAt);
        person.replaceDocuments(details.getDocuments());
        return person;
    }

    /** Whether the schema as migrated so far has the table (and the column, unless null); names as both databases fold them. */
    private static boolean schemaHas(Connection db, String table, String column) throws SQLException {
        String sql = column == null
                ? "select count(*) from information_schema.tables where lower(table_name) = ?"
                : "select count(*) from information_schema.columns where lower(table_name) = ? and lower(column_name) = ?";
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, table);
            if (column != null) {
                query.setString(2, column);
            }
            try (ResultSet answer = query.executeQuery()) {
                answer.next();
                return answer.getLong(1) > 0;
            }
        }
    }

    /** The next free id for a case part (or a person). */
    public long nextId() {
        return nextId++;
    }

    /**
     * Adds the person (with their current status, {@code updated_at} and the deceased mark as they stand),
     * their search keys and documents to the batches; returns the person's id.
     */
    public long add(Person person, Long assigneeId) throws SQLException {
        long id = nextId();
        bind(person, id, assigneeId);
        people.addBatch();
        for (String term : SearchTerms.of(person)) {
            terms.setLong(1, id);
            terms.setString(2, term);
            if (termsCarryListColumns) {
                // The list columns each key carries (V18), as Person.reindex() copies them.
                terms.setObject(3, person.getRegisteredAt().atOffset(ZoneOffset.UTC));
                terms.setLong(4, officeIds.get(person.getOffice().getCode()));
                terms.setBoolean(5, person.isRestricted());
                terms.setObject(6, assigneeId, Types.BIGINT);
            }
            terms.addBatch();
        }
        if (matchKeys != null) {
            for (String key : person.matchKeys()) {
                matchKeys.setLong(1, id);
                matchKeys.setString(2, key);
                matchKeys.addBatch();
            }
        }
        for (IdentityDocument document : person.getDocuments()) {
            documents.setLong(1, nextId());
            documents.setLong(2, id);
            documents.setString(3, document.getType().name());
            documents.setString(4, document.getNumber());
            documents.setString(5, document.getIssuingCountry());
            documents.addBatch();
        }
        return id;
    }

    /** Sends the batches (people first: the other rows refer to them). */
    public void flush() throws SQLException {
        people.executeBatch();
        terms.executeBatch();
        if (matchKeys != null) {
            matchKeys.executeBatch();
        }
        documents.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        people.close();
        terms.close();
        if (matchKeys != null) {
            matchKeys.close();
        }
        documents.close();
    }

    private void bind(Person person, long id, Long assigneeId) throws SQLException {
        PreparedStatement ps = people;
        int i = 1;
        ps.setLong(i++, id);
        ps.setString(i++, person.getCaseNumber());
        ps.setString(i++, person.getCategory().name());
        ps.setString(i++, person.getSide().name());
        ps.setString(i++, person.getStatus().name());
        ps.setString(i++, person.getNames().getFamilyName());
        ps.setString(i++, person.getNames().getGivenName());
        ps.setString(i++, person.getNames().getPatronymic());
        ps.setString(i++, person.getNames().getFatherGivenName());
        ps.setString(i++, person.getNames().getMotherMaidenName());
        ps.setString(i++, person.getOrigin().getSex() == null ? null : person.getOrigin().getSex().name());
        setDate(ps, i++, person.getBirth().getDateOfBirth());
        ps.setString(i++, person.getBirth().getDateOfBirthPrecision() == null ? null : person.getBirth().getDateOfBirthPrecision().name());
        setInteger(ps, i++, person.getBirth().getEstimatedAge());
        ps.setString(i++, person.getOrigin().getPlaceOfBirth());
        ps.setString(i++, person.getOrigin().getCitizenship());
        ps.setString(i++, person.getMilitary().getMilitaryRank());
        ps.setString(i++, person.getMilitary().getMilitaryUnit());
        ps.setString(i++, person.getMilitary().getServiceBranch());
        ps.setString(i++, person.getMilitary().getServiceNumber());
        ps.setString(i++, person.getCircumstances().getCircumstance() == null ? null : person.getCircumstances().getCircumstance().name());
        setDate(ps, i++, person.getCircumstances().getCircumstanceDate());
        ps.setString(i++, person.getCircumstances().getCircumstancePlace());
        ps.setString(i++, person.getCircumstances().getOblast());
        ps.setString(i++, person.getCircumstances().getDetainingAuthority());
        ps.setString(i++, person.getWhereabouts().getLastKnownLocation());
        ps.setString(i++, person.getWhereabouts().getCurrentLocation());
        ps.setString(i++, person.getWhereabouts().getLocationConfirmedBy());
        setDate(ps, i++, person.getWhereabouts().getLocationConfirmedOn());
        ps.setString(i++, person.getHealth().getHealthCondition() == null ? null : person.getHealth().getHealthCondition().name());
        ps.setBoolean(i++, person.getHealth().isSeriouslyWounded());
        ps.setString(i++, person.getHealth().getMedicalNotes());
        ps.setString(i++, person.getChild().getSeparationCause());
        ps.setString(i++, person.getChild().getGuardian());
        ps.setString(i++, person.getChild().getInstitutionOfOrigin());
        ps.setString(i++, person.getChild().getPersonalStatusChanges());
        ps.setBoolean(i++, person.getChild().isIdentityInDoubt());
        ps.setString(i++, person.getRemains().getIdentificationStatus() == null ? null : person.getRemains().getIdentificationStatus().name());
        ps.setString(i++, person.getRemains().getIdentificationMethod());
        ps.setString(i++, person.getRemains().getTagNumber());
        ps.setString(i++, person.getRemains().getBurialPlace());
        ps.setBoolean(i++, person.getConsent().isConsentTracing());
        ps.setBoolean(i++, person.getConsent().isConsentSharing());
        ps.setString(i++, person.getConsent().getLegalBasis());
        ps.setBoolean(i++, person.isRestricted());
        ps.setString(i++, person.getNames().getLatinFamilyName());
        ps.setString(i++, person.getNames().getLatinGivenName());
        ps.setString(i++, person.getNames().getLatinPatronymic());
        ps.setString(i++, person.getNames().getAltLatinFamilyName());
        ps.setString(i++, person.getNames().getAltLatinGivenName());
        ps.setString(i++, person.getNames().getAltLatinPatronymic());
        ps.setLong(i++, officeIds.get(person.getOffice().getCode()));
        ps.setObject(i++, assigneeId, Types.BIGINT);
        ps.setObject(i++, person.getRegisteredAt().atOffset(ZoneOffset.UTC));
        ps.setObject(i++, person.getUpdatedAt().atOffset(ZoneOffset.UTC));
        ps.setLong(i++, 0);
        ps.setBoolean(i, person.isDeceased());
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }

    /** The demo offices' ids by code, created as the demo switch would if they are not there yet; commits. */
    public static Map<String, Long> offices(Connection db) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String[][] wanted = {{"HQ", "Head office", "true"}, {"KYIV", "Kyiv regional office", "false"},
                {"KHARKIV", "Kharkiv regional office", "false"}};
        long next = 1_000;
        for (String[] office : wanted) {
            try (PreparedStatement find = db.prepareStatement("select id from office where code = ?")) {
                find.setString(1, office[0]);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        ids.put(office[0], rs.getLong(1));
                        continue;
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into office (id, code, name, head_office, version) values (?, ?, ?, ?, 0)")) {
                insert.setLong(1, next);
                insert.setString(2, office[0]);
                insert.setString(3, office[1]);
                insert.setBoolean(4, Boolean.parseBoolean(office[2]));
                insert.executeUpdate();
                ids.put(office[0], next++);
            }
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("alter sequence office_seq restart with 2000");
        }
        db.commit();
        return ids;
    }
}
