package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.FileHeader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.DirectDatabase;
import org.homeward.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports as a partner's script and a supervisor see them through the API: every profile's file read
 * back with a strict CSV parser and checked against the database, the ZIP opened with its password,
 * jobs followed to the end, and every bad request refused with its reason and nothing exported.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    /** RFC 4180 and nothing else: a stray quote or a ragged row fails the test. */
    static final CSVFormat STRICT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(false).setIgnoreSurroundingSpaces(false).get();

    static final List<String> INJECTIONS = List.of("=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\tШевченко");

    private String person(String familyName, String category, boolean consent, String legalBasis, boolean restricted) {
        String body = """
                {"category":%s,"side":"OWN","familyName":%s,"givenName":"Олексій","patronymic":"Петрович","sex":"MALE",
                 "dateOfBirth":%s,"office":"KYIV","oblast":"Харківська","consentSharing":%s,"legalBasis":%s,
                 "restricted":%s}""".formatted(Api.quote(category), Api.quote(familyName),
                Api.quote(category.equals("CHILD") ? "2015-04-12" : "1998-04-12"), consent,
                legalBasis == null ? "null" : Api.quote(legalBasis), restricted);
        Api.Answer created = Api.at(base).as("hq").post("api/v1/persons", body);
        assertEquals(201, created.status(), created.body());
        return created.json().getString("caseNumber");
    }

    private static String order(String profile, String filters, String purpose, String extra) {
        return "{\"profile\":%s,\"filters\":%s,\"purpose\":%s%s}".formatted(Api.quote(profile), filters,
                purpose == null ? "null" : Api.quote(purpose), extra);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return STRICT.parse(new StringReader(csv)).getRecords();
    }

    static Map<String, Integer> headerOf(String csv) throws IOException {
        return STRICT.parse(new StringReader(csv)).getHeaderMap();
    }

    private int exportedBy(String username) {
        return Integer.parseInt(DirectDatabase.text(
                "select count(*) from access_log_entry where username = ? and action = 'DATA_EXPORTED'", username));
    }

    @Test
    void partnerMinimalHoldsOnlyShareableCasesUnderStablePseudonymsWithFormulasNeutralised() throws IOException {
        String marker = "Тест" + Long.toString(System.nanoTime(), 36);
        for (String injection : INJECTIONS) {
            String caseNumber = person(injection + marker, "POW", true, null, false);
            // The registry strips a name's leading blanks; an import or an old row may still hold them.
            DirectDatabase.execute("update person set family_name = ? where case_number = ?", injection + marker, caseNumber);
        }
        String consented = marker + "Згода";
        person(consented, "CIVILIAN", true, null, false);
        person(marker + "Закон", "POW", false, "GC III art. 122", false);
        person(marker + "Беззгоди", "POW", false, null, false);
        person(marker + "Обмежений", "CHILD", true, null, true);

        Api partner = Api.at(base).as("partner");
        int loggedBefore = exportedBy("partner");
        Api.FileAnswer first = partner.file("POST", "api/v1/exports",
                order("PARTNER_MINIMAL", "{}", "Tracing requests of families, Kharkiv", ",\"hxl\":true"));
        assertEquals(200, first.status(), first.toString());
        assertTrue(first.header("Content-Type").startsWith("text/csv"), first.header("Content-Type"));
        String csv = first.text();

        List<CSVRecord> records = parse(csv);
        CSVRecord hxl = records.get(0);
        assertEquals("#x_pseudonym+id", hxl.get("pseudonymous id"));
        assertEquals("#adm1+name", hxl.get("oblast"));
        assertEquals("#date+reported", hxl.get("reported"));
        List<CSVRecord> rows = records.subList(1, records.size());
        String shareable = DirectDatabase.text("select count(*) from person where restricted = false"
                + " and (consent_sharing = true or (legal_basis is not null and legal_basis <> ''))");
        assertEquals(Long.parseLong(shareable), rows.size(), "rows = the cases with consent or a legal basis, none restricted");
        assertFalse(headerOf(csv).containsKey("case number"));
        assertFalse(csv.contains("POW-20"), "no case number anywhere");

        Map<String, CSVRecord> byName = rows.stream().filter(r -> r.get("family name").contains(marker))
                .collect(Collectors.toMap(r -> r.get("family name"), r -> r));
        assertTrue(byName.containsKey(consented));
        assertEquals("Олексій", byName.get(consented).get("given name"), "Cyrillic intact");
        assertEquals("Харківська", byName.get(consented).get("oblast"));
        assertEquals("1998", byName.get(consented).get("year of birth"));
        assertTrue(byName.containsKey(marker + "Закон"), "a recorded legal basis is enough");
        assertFalse(byName.containsKey(marker + "Беззгоди"), "no consent, no legal basis: not shared");
        assertFalse(byName.containsKey(marker + "Обмежений"), "restricted: never shared");
        for (String injection : INJECTIONS) {
            assertTrue(byName.containsKey("'" + injection + marker), "neutralised: " + injection + " in " + byName.keySet());
        }
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+"),
                        "a cell a spreadsheet would run: " + cell);
            }
        }

        String pseudonym = byName.get(consented).get("pseudonymous id");
        assertTrue(pseudonym.matches("P[0-9A-F]{20}"), pseudonym);
        Api.FileAnswer again = partner.file("POST", "api/v1/exports", order("PARTNER_MINIMAL", "{\"category\":\"CIVILIAN\"}",
                "Second look", ""));
        assertEquals(200, again.status(), again.toString());
        CSVRecord sameCase = parse(again.text()).stream().filter(r -> r.get("family name").equals(consented)).findFirst().orElseThrow();
        assertEquals(pseudonym, sameCase.get("pseudonymous id"), "stable for one partner");
        assertEquals(loggedBefore + 2, exportedBy("partner"));
        String logged = DirectDatabase.text("select detail from access_log_entry where username = 'partner'"
                + " and action = 'DATA_EXPORTED' order by id desc fetch first 1 rows only");
        assertTrue(logged.contains("profile=PARTNER_MINIMAL") && logged.contains("agreement=DEMO-ICRC-2025-01")
                && logged.contains("organisation=ICRC delegation (demo)") && logged.contains("category=CIVILIAN")
                && logged.contains("purpose=Second look") && logged.matches(".*rows=\\d+.*"), logged);

        Api other = secondPartner(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1)).api();
        Api.FileAnswer theirs = other.file("POST", "api/v1/exports", order("PARTNER_MINIMAL", "{}", "Their own look", ""));
        assertEquals(200, theirs.status(), theirs.toString());
        CSVRecord theirCase = parse(theirs.text()).stream().filter(r -> r.get("family name").equals(consented)).findFirst().orElseThrow();
        assertNotEquals(pseudonym, theirCase.get("pseudonymous id"), "another partner, another ID");
    }

    @Test
    void aggregateCountsMatchTheDatabaseAndSmallCellsAreSuppressed() throws IOException {
        Api.FileAnswer answer = Api.at(base).as("partner").file("POST", "api/v1/exports",
                order("AGGREGATE", "{\"rows\":\"STATUS\",\"columns\":\"CATEGORY\"}", "Monthly figures for the delegation",
                        ",\"bom\":true,\"hxl\":true"));
        assertEquals(200, answer.status(), answer.toString());
        String text = answer.text();
        assertEquals('\uFEFF', text.charAt(0), "byte-order mark asked for");
        List<CSVRecord> records = parse(text.substring(1));
        assertEquals(List.of("#status", "#x_category", "#affected+ind"), records.get(0).toList());
        Map<String, String> cells = new HashMap<>();
        for (CSVRecord row : records.subList(1, records.size())) {
            cells.put(row.get("status") + "/" + row.get("category"), row.get("persons"));
            String value = row.get("persons");
            assertTrue(value.equals("<5") || Long.parseLong(value) == 0 || Long.parseLong(value) >= 5, "small cell shown: " + row);
        }
        String total = cells.get("total/total");
        String all = DirectDatabase.text("select count(*) from person");
        assertTrue(total.equals(all) || total.equals("<5"), total + " vs " + all);
        String pows = DirectDatabase.text("select count(*) from person where category = 'POW'");
        String powTotal = cells.get("total/POW");
        assertTrue(powTotal.equals(pows) || powTotal.equals("<5"), powTotal + " vs " + pows);
        for (var cell : cells.entrySet()) {
            String[] key = cell.getKey().split("/");
            if (!key[0].equals("total") && !key[1].equals("total") && !cell.getValue().equals("<5")) {
                String counted = DirectDatabase.text("select count(*) from person where status = ? and category = ?", key[0], key[1]);
                assertEquals(counted, cell.getValue(), cell.getKey());
            }
        }
    }

    @Test
    void aZipOpenedWithItsPasswordHoldsTheSameCsv() throws IOException {
        Api hq = Api.at(base).as("hq");
        String filters = "{\"category\":\"REMAINS\",\"to\":\"2026-01-01\"}";
        Api.FileAnswer plain = hq.file("POST", "api/v1/exports", order("FULL", filters, "Identification board", ""));
        Api.FileAnswer zipped = hq.file("POST", "api/v1/exports", order("FULL", filters, "Identification board",
                ",\"zipPassword\":\"correct horse battery staple\""));
        assertEquals(200, plain.status(), plain.toString());
        assertEquals(200, zipped.status(), zipped.toString());
        assertEquals("application/zip", zipped.header("Content-Type"));

        Path file = Files.createTempFile("export", ".zip");
        Files.write(file, zipped.body());
        try (ZipFile zip = new ZipFile(file.toFile(), "correct horse battery staple".toCharArray())) {
            assertTrue(zip.isEncrypted());
            FileHeader entry = zip.getFileHeaders().get(0);
            assertEquals(net.lingala.zip4j.model.enums.EncryptionMethod.AES, entry.getEncryptionMethod());
            assertEquals(net.lingala.zip4j.model.enums.AesKeyStrength.KEY_STRENGTH_256, entry.getAesExtraDataRecord().getAesKeyStrength());
            try (InputStream in = zip.getInputStream(entry)) {
                assertArrayEquals(plain.body(), in.readAllBytes());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void supervisorsExportTheFullListOfTheirScopeOnly() throws IOException {
        String marker = "Повний" + Long.toString(System.nanoTime(), 36);
        String caseNumber = person(marker, "POW", false, null, true);
        Api.FileAnswer hq = Api.at(base).as("hq").file("POST", "api/v1/exports", order("FULL", "{}", "Negotiation file", ""));
        assertEquals(200, hq.status(), hq.toString());
        List<CSVRecord> rows = parse(hq.text());
        assertEquals(Long.parseLong(DirectDatabase.text("select count(*) from person")), rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("case number").equals(caseNumber) && r.get("family name").equals(marker)));

        Api.FileAnswer kharkiv = Api.at(base).as("supervisor").file("POST", "api/v1/exports",
                order("FULL", "{\"category\":\"POW\"}", "Office review", ""));
        assertEquals(200, kharkiv.status(), kharkiv.toString());
        List<CSVRecord> kyivRows = parse(kharkiv.text());
        assertTrue(kyivRows.stream().allMatch(r -> r.get("office").equals("KYIV") || r.get("assigned to").equals("supervisor")));
    }

    @Test
    void aBackgroundJobReportsProgressAndItsFileGoesWhenCancelled() throws IOException, InterruptedException {
        Api partner = Api.at(base).as("partner");
        Api.Answer accepted = partner.post("api/v1/exports", order("PARTNER_MINIMAL", "{}", "Background run", ",\"background\":true"));
        assertEquals(202, accepted.status(), accepted.body());
        String location = accepted.header("Location");
        assertNotNull(location);
        long id = accepted.json().getJsonNumber("id").longValue();
        String path = "api/v1/exports/" + id;
        assertTrue(location.endsWith("/" + path));

        JsonObject job = partner.get(path).json();
        for (int i = 0; i < 100 && !job.getString("state").equals("DONE"); i++) {
            assertTrue(List.of("QUEUED", "RUNNING").contains(job.getString("state")), job.toString());
            Thread.sleep(200);
            job = partner.get(path).json();
        }
        assertEquals("DONE", job.getString("state"));
        assertEquals(100, job.getInt("progress"));
        Api.FileAnswer file = partner.file("GET", path + "/file", null);
        assertEquals(200, file.status());
        assertEquals(job.getJsonNumber("rowsWritten").longValue(), parse(file.text()).size());

        assertEquals(404, Api.at(base).as("hq").get(path).status(), "someone else's job is not there for them");

        assertEquals("CANCELLED", partner.post(path + "/cancel", "{}").json().getString("state"));
        Api.FileAnswer gone = partner.file("GET", path + "/file", null);
        assertEquals(410, gone.status());
        assertTrue(gone.asAnswer().json().getString("message").contains("cancelled"), gone.toString());
    }

    @Test
    void aJobLeftRunningByAStoppedServerFailsAndItsPartialFileIsDeleted() throws IOException {
        // A job as a server leaves it when it stops half-way: running, silent for an hour, a partial file.
        long id = Long.parseLong(DirectDatabase.text("select coalesce(max(id), 0) + 100000 from export_job"));
        OffsetDateTime anHourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        DirectDatabase.execute("""
                insert into export_job (id, username, profile, purpose, state, rows_expected, rows_written, zipped,
                  cancel_requested, created_at, expires_at, version, node, heartbeat_at)
                values (?, 'partner', 'PARTNER_MINIMAL', 'Interrupted run', 'RUNNING', 1000000, 45000, false, false,
                  ?, ?, 0, 'a-server-that-stopped', ?)""", id, anHourAgo, anHourAgo.plusDays(7), anHourAgo);
        Path directory = Path.of(System.getenv("HOMEWARD_EXPORT_DIR"));
        Files.createDirectories(directory);
        Path partial = directory.resolve("export-" + id + ".csv");
        Files.writeString(partial, "pseudonymous id,family name (Latin)\r\n\"P0123\",\"Shevchenko\"\r\n");

        Api partner = Api.at(base).as("partner");
        JsonObject job = partner.get("api/v1/exports/" + id).json();
        assertEquals("FAILED", job.getString("state"), job.toString());
        assertEquals("SERVER_STOPPED", job.getString("failure"));
        assertFalse(Files.exists(partial), "the partial file is deleted");
        Api.FileAnswer file = partner.file("GET", "api/v1/exports/" + id + "/file", null);
        assertEquals(410, file.status());
        assertTrue(file.asAnswer().json().getString("message").contains("failed"), file.toString());
        assertEquals("FAILED", DirectDatabase.text("select state from export_job where id = ?", id));
    }

    @Test
    void badRequestsNameTheProblemAndNothingIsExportedOrLogged() {
        Api partner = Api.at(base).as("partner");
        int before = exportedBy("partner");

        assertProblem(partner.post("api/v1/exports", order("AGGREGATE", "{}", null, "")), "purpose", "what the export is for");
        assertProblem(partner.post("api/v1/exports", order("AGGREGATE", "{}", "   ", "")), "purpose", "what the export is for");
        assertProblem(partner.post("api/v1/exports", order("EVERYTHING", "{}", "x", "")), "profile", "EVERYTHING");
        assertProblem(partner.post("api/v1/exports", order("AGGREGATE", "{\"shoeSize\":\"42\"}", "x", "")),
                "filters.shoeSize", "Unknown filter");
        assertProblem(partner.post("api/v1/exports", order("AGGREGATE", "{\"category\":\"SPIES\"}", "x", "")),
                "filters.category", "SPIES");
        assertProblem(partner.post("api/v1/exports", order("FULL", "{}", "x", "")), "profile", "internal use");
        assertProblem(partner.post("api/v1/exports", order("AGGREGATE", "{}", "x", ",\"zipPassword\":\"short\"")),
                "zipPassword", "12");
        assertProblem(Api.at(base).as("hq").post("api/v1/exports", order("PARTNER_MINIMAL", "{}", "x", "")), "profile", "partner");

        Api expired = secondPartner(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).api();
        assertProblem(expired.post("api/v1/exports", order("AGGREGATE", "{}", "x", "")), "agreement", "expired on 2024-12-31");

        assertEquals(before, exportedBy("partner"));
        assertEquals(404, partner.get("api/v1/exports/999999999").status());
        assertEquals(404, partner.file("GET", "api/v1/exports/999999999/file", null).status());
    }

    @Test
    void onlyHeadOfficeSupervisorsKeepAgreementsAndTheyAreRefusedOutsideTheirTerms() {
        long organisation = Api.at(base).as("admin").post("api/v1/partners", """
                {"name":%s,"country":"UA","contact":"office@example.org"}""".formatted(Api.quote("Ombudsman " + Unique.username("o"))))
                .json().getJsonNumber("id").longValue();
        String terms = """
                {"reference":%s,"validFrom":"2026-01-01","validTo":"2099-12-31","profiles":["AGGREGATE"],
                 "categories":["CHILD"],"offices":["KYIV"],"personLevel":false}""".formatted(Api.quote(Unique.username("OMB")));
        assertEquals(403, Api.at(base).as("supervisor").post("api/v1/partners/" + organisation + "/agreements", terms).status());
        Api.Answer created = Api.at(base).as("hq").post("api/v1/partners/" + organisation + "/agreements", terms);
        assertEquals(201, created.status(), created.body());
        assertEquals(List.of("CHILD"), created.json().getJsonArray("categories").getValuesAs(jakarta.json.JsonString::getString));

        Api.Answer full = Api.at(base).as("hq").post("api/v1/partners/" + organisation + "/agreements",
                terms.replace("[\"AGGREGATE\"]", "[\"FULL\"]").replace("OMB", "FULL"));
        assertEquals(400, full.status());
    }

    @Test
    void theOpenApiDocumentNamesEveryExportOperation() {
        JsonObject paths = Api.at(base).get("openapi?format=JSON").json().getJsonObject("paths");
        assertEquals("startExport", paths.getJsonObject("/api/v1/exports").getJsonObject("post").getString("operationId"));
        assertEquals("getExport", paths.getJsonObject("/api/v1/exports/{id}").getJsonObject("get").getString("operationId"));
        assertEquals("downloadExport", paths.getJsonObject("/api/v1/exports/{id}/file").getJsonObject("get").getString("operationId"));
        assertEquals("createAgreement", paths.getJsonObject("/api/v1/partners/{id}/agreements").getJsonObject("post")
                .getString("operationId"));
    }

    @Test
    void aPartnerUserRemovedFromTheOrganisationCanNoLongerExportOrDownload() {
        SecondPartner partner = secondPartner(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        Api.FileAnswer before = partner.api().file("POST", "api/v1/exports", order("AGGREGATE",
                "{\"rows\":\"CATEGORY\",\"columns\":\"SIDE\"}", "Monthly figures", ",\"background\":true"));
        assertEquals(202, before.status(), before.toString());
        long job = before.asAnswer().json().getJsonNumber("id").longValue();
        assertEquals(200, waitUntilDone(partner.api(), job).status());
        int logged = exportedBy(partner.username());

        Api admin = Api.at(base).as("admin");
        String member = "api/v1/partners/" + partner.organisation() + "/members/" + partner.username();
        assertEquals(403, Api.at(base).as("hq").send("DELETE", member, null).status());
        Api.Answer removed = admin.send("DELETE", member, null);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(0, removed.json().getJsonArray("members").size());

        assertProblem(partner.api().post("api/v1/exports", order("AGGREGATE", "{}", "x", "")), "agreement", "organisation");
        assertEquals(403, partner.api().file("GET", "api/v1/exports/" + job + "/file", null).status(),
                "the file made before is no longer theirs to download");
        assertEquals(List.of(), partner.api().get("api/v1/exports/options").json().getJsonArray("profiles")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(logged, exportedBy(partner.username()));
        assertProblem(admin.send("DELETE", member, null), "username", partner.username() + " does not speak for");

        assertEquals("admin", DirectDatabase.text("select r.username from partner_member_aud m join audit_revision r"
                + " on r.id = m.rev join app_user u on u.id = m.user_id where u.username = ? and m.revtype = 2"
                + " and r.reason = 'partner member removed'", partner.username()));
    }

    /** Polls the job until it is done; its file. */
    private static Api.FileAnswer waitUntilDone(Api api, long job) {
        for (int i = 0; i < 100; i++) {
            Api.FileAnswer file = api.file("GET", "api/v1/exports/" + job + "/file", null);
            if (file.status() != 409) {
                return file;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("export " + job + " not done in 20 s");
    }

    /** A partner user of a second organisation, and what to call them by. */
    private record SecondPartner(Api api, long organisation, String username) {
    }

    /** A second partner organisation with an agreement over these dates, and a partner user speaking for it. */
    private SecondPartner secondPartner(LocalDate from, LocalDate to) {
        Api admin = Api.at(base).as("admin");
        String username = Unique.username("partner");
        long organisation = admin.post("api/v1/partners", """
                {"name":%s,"country":"UA"}""".formatted(Api.quote("NGO " + username))).json().getJsonNumber("id").longValue();
        Api.Answer agreement = Api.at(base).as("hq").post("api/v1/partners/" + organisation + "/agreements", """
                {"reference":%s,"validFrom":%s,"validTo":%s,"profiles":["AGGREGATE","PARTNER_MINIMAL"],
                 "categories":["POW","CIVILIAN","CHILD","REMAINS"],"personLevel":true}"""
                .formatted(Api.quote("AGR-" + username), Api.quote(from.toString()), Api.quote(to.toString())));
        assertEquals(201, agreement.status(), agreement.body());
        assertEquals(201, admin.post("api/v1/users", """
                {"username":%s,"displayName":"Partner NGO","office":"HQ","roles":["PARTNER"],
                 "temporaryPassword":"a-long-temporary-passphrase"}""".formatted(Api.quote(username))).status());
        assertEquals(200, admin.post("api/v1/partners/" + organisation + "/members", """
                {"username":%s}""".formatted(Api.quote(username))).status());
        Api.Answer changed = Api.at(base).as(username, "a-long-temporary-passphrase").put("api/v1/me/password", """
                {"currentPassword":"a-long-temporary-passphrase","newPassword":"partner's own long passphrase"}""");
        assertTrue(changed.status() < 300, changed.toString());
        return new SecondPartner(Api.at(base).as(username, "partner's own long passphrase"), organisation, username);
    }

    private static void assertProblem(Api.Answer answer, String field, String saying) {
        assertEquals(400, answer.status(), answer.body());
        JsonObject error = answer.json().getJsonArray("errors").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + answer.body()));
        assertTrue(error.getString("message").contains(saying), error.toString());
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
