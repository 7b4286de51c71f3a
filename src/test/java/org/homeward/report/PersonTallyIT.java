package org.homeward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.DirectDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tallies the dashboard adds up (V10: people by status; V11: the flow per month) equal the people
 * themselves, counted from the person table, after every kind of change the application makes: registration, edits of the assignee and the
 * restriction, moves by supervisors, a caseworker's move approved and one declined, a round listed,
 * decided and exchanged. The whole table is compared, so whatever the other tests changed before is
 * checked too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonTallyIT {

    private static final String KEY = String.join(", ", PersonTally.COLUMNS);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    @Test
    void theTallyEqualsThePeopleAfterEveryKindOfChange() {
        assertTallyEqualsPeople("before this test's changes");

        long child = register("caseworker", """
                {"category":"CHILD","side":"OWN","familyName":"Лічена","givenName":"Олена","sex":"FEMALE","office":"KYIV",
                 "restricted":true,"assignedTo":"caseworker","dateOfBirth":"2015-03-01"}""");
        long remains = register("caseworker", """
                {"category":"REMAINS","side":"OWN","familyName":"Невідомий","sex":"UNKNOWN","office":"KYIV",
                 "identificationStatus":"PRELIMINARY"}""");
        long pow = register("caseworker2", """
                {"category":"POW","side":"HELD","familyName":"Лічений","sex":"MALE","office":"KHARKIV"}""");
        assertTallyEqualsPeople("after registrations");

        JsonObject person = Api.at(base).as("supervisor").get("api/v1/persons/" + child).json();
        Api.Answer edited = Api.at(base).as("supervisor").put("api/v1/persons/" + child, """
                {"category":"CHILD","side":"OWN","familyName":"Лічена","givenName":"Олена","sex":"FEMALE","office":"KYIV",
                 "restricted":false,"assignedTo":"caseworker2","dateOfBirth":"2015-03-01","version":%d}"""
                .formatted(person.getJsonNumber("version").longValue()));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(201, move("supervisor", remains, "{\"to\":\"LOCATED\"}").status());
        assertEquals(201, move("caseworker2", pow, "{\"to\":\"LOCATED\"}").status());
        assertEquals(201, move("caseworker2", pow, "{\"to\":\"VERIFIED\"}").status());
        assertTallyEqualsPeople("after an edit and moves");

        Api.Answer declined = move("caseworker", child, CLOSE);
        assertEquals(202, declined.status(), declined.body());
        assertEquals(200, Api.at(base).as("supervisor").post("api/v1/approvals/" + id(declined),
                "{\"decision\":\"DECLINE\",\"reason\":\"the mother is still searching\"}").status());
        Api.Answer approved = move("caseworker", child, CLOSE);
        assertEquals(202, approved.status(), approved.body());
        assertEquals(200, Api.at(base).as("supervisor").post("api/v1/approvals/" + id(approved),
                "{\"decision\":\"APPROVE\"}").status());
        assertEquals("CLOSED", Api.at(base).as("hq").get("api/v1/persons/" + child).json().getString("status"));
        assertTallyEqualsPeople("after an approval declined and one approved");

        Api.Answer round = Api.at(base).as("hq").post("api/v1/rounds", """
                {"name":"Tally round %d","type":"POW_EXCHANGE","venue":"Istanbul","talksDate":"2026-07-23",
                 "quotas":[{"category":"POW","side":"HELD","count":1}]}""".formatted(System.nanoTime()));
        assertEquals(201, round.status(), round.body());
        long roundId = id(round);
        Api.Answer listed = Api.at(base).as("hq").post("api/v1/rounds/" + roundId + "/nominations", "{\"personId\":" + pow + "}");
        assertEquals(201, listed.status(), listed.body());
        assertEquals(200, Api.at(base).as("hq").put("api/v1/rounds/" + roundId + "/nominations/" + id(listed),
                "{\"outcome\":\"ACCEPTED\"}").status());
        assertEquals(200, Api.at(base).as("hq").post("api/v1/rounds/" + roundId + "/status", "{\"to\":\"NEGOTIATING\"}").status());
        assertEquals(200, Api.at(base).as("hq").post("api/v1/rounds/" + roundId + "/status", "{\"to\":\"AGREED\"}").status());
        long version = Api.at(base).as("hq").get("api/v1/rounds/" + roundId).json().getJsonNumber("version").longValue();
        Api.Answer exchanged = Api.at(base).as("hq").post("api/v1/rounds/" + roundId + "/exchange",
                "{\"version\":" + version + ",\"exchangeDate\":\"2026-07-25\"}");
        assertEquals(200, exchanged.status(), exchanged.body());
        assertEquals("REPATRIATED", Api.at(base).as("hq").get("api/v1/persons/" + pow).json().getString("status"));
        assertTallyEqualsPeople("after a round exchanged");
    }

    @Test
    void aRefusedChangeLeavesTheTallyAsItWas() {
        long person = register("caseworker", """
                {"category":"CIVILIAN","side":"OWN","familyName":"Незмінна","sex":"FEMALE","office":"KYIV"}""");
        String before = tallyOf(person);
        // A move the rules do not allow is refused, and its transaction rolls back with whatever it wrote.
        assertEquals(400, move("supervisor", person, "{\"to\":\"REUNITED\"}").status());
        assertEquals(before, tallyOf(person));
        assertTallyEqualsPeople("after a refused move");
    }

    private static final String CLOSE = "{\"to\":\"CLOSED\",\"reason\":\"family found the child\",\"closingReason\":\"WITHDRAWN\"}";

    private long register(String user, String body) {
        Api.Answer created = Api.at(base).as(user).post("api/v1/persons", body);
        assertEquals(201, created.status(), created.body());
        return id(created);
    }

    private Api.Answer move(String user, long person, String body) {
        return Api.at(base).as(user).post("api/v1/persons/" + person + "/transitions", body);
    }

    private static long id(Api.Answer answer) {
        return answer.json().getJsonNumber("id").longValue();
    }

    /** The tally's count of the combination this person has now. */
    private static String tallyOf(long person) {
        return DirectDatabase.text("select sum(t.people) from person_tally t join person p on p.office_id = t.office_id "
                + "and p.category = t.category and p.side = t.side and p.status = t.status and p.restricted = t.restricted "
                + "and p.deceased = t.deceased and (p.identification_status = t.identification_status or "
                + "(p.identification_status is null and t.identification_status is null)) and (p.assigned_to_id = t.assigned_to_id "
                + "or (p.assigned_to_id is null and t.assigned_to_id is null)) where p.id = ?", person);
    }

    private static void assertTallyEqualsPeople(String when) {
        Map<String, Long> tally = counts(PersonTally.COLUMNS, "select " + KEY + ", sum(people) as n from person_tally group by "
                + KEY + " having sum(people) <> 0");
        Map<String, Long> people = counts(PersonTally.COLUMNS, "select " + KEY + ", count(*) as n from person group by " + KEY);
        assertEquals(people, tally, when);

        // The flow's tally, against the milestones of every person put in their months here, in Java.
        String flowKey = String.join(", ", MilestoneTally.COLUMNS);
        Map<String, Long> flowTally = counts(MilestoneTally.COLUMNS, "select " + flowKey + ", sum(people) as n from milestone_tally "
                + "group by " + flowKey + " having sum(people) <> 0");
        ZoneId zone = ZoneId.of(DirectDatabase.text("select month_zone from milestone_tally_fold where id = 1"));
        Map<String, Long> flow = new TreeMap<>();
        for (Map<String, Object> person : DirectDatabase.rows("select office_id, category, side, restricted, assigned_to_id, "
                + "registered_at as reported, located_at as located, repatriated_at as repatriated, reunited_at as reunited from person")) {
            for (String milestone : List.of("REPORTED", "LOCATED", "REPATRIATED", "REUNITED")) {
                Instant at = (Instant) person.get(milestone.toLowerCase(Locale.ROOT));
                if (at != null) {
                    YearMonth month = YearMonth.from(at.atZone(zone));
                    Map<String, Object> row = new HashMap<>(person);
                    row.put("milestone", milestone);
                    row.put("reached_month", month.getYear() * 100 + month.getMonthValue());
                    flow.merge(key(MilestoneTally.COLUMNS, row), 1L, Long::sum);
                }
            }
        }
        assertEquals(flow, flowTally, "the flow, " + when);
    }

    private static Map<String, Long> counts(List<String> columns, String sql) {
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, Object> row : DirectDatabase.rows(sql)) {
            counts.put(key(columns, row), ((Number) row.get("n")).longValue());
        }
        return counts;
    }

    private static String key(List<String> columns, Map<String, Object> row) {
        StringBuilder key = new StringBuilder();
        for (String column : columns) {
            Object value = row.get(column);
            key.append(column).append('=').append(value instanceof Number n ? String.valueOf(n.longValue()) : value).append(' ');
        }
        return key.toString().trim();
    }
}
