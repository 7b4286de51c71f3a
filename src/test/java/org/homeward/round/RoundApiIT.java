package org.homeward.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.homeward.testing.Api;
import org.homeward.testing.Database;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exchange rounds through the API, run inside the server so that a test can also change rows behind the
 * application's back: nominating, deciding, recording the exchange, and what happens when two people
 * act at once or a case changed meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
class RoundApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.homewardWith(RoundApiIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Database database;

    private Api as(String user) {
        return Api.at(base).as(user);
    }

    /** A verified prisoner of war of the Kyiv office, ready to be listed. */
    private long verifiedPow(String familyName, String side) {
        Api.Answer created = as("caseworker").post("api/v1/persons", """
                {"category":"POW","side":"%s","familyName":%s,"sex":"MALE","office":"KYIV"}"""
                .formatted(side, Api.quote(familyName)));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, as("caseworker").post("api/v1/persons/" + id + "/transitions", "{\"to\":\"LOCATED\"}").status());
        assertEquals(201, as("caseworker").post("api/v1/persons/" + id + "/transitions", "{\"to\":\"VERIFIED\"}").status());
        return id;
    }

    private long round(String name) {
        Api.Answer created = as("hq").post("api/v1/rounds", """
                {"name":%s,"type":"POW_EXCHANGE","venue":"Istanbul","talksDate":"2026-07-23",
                 "terms":"1,000 for 1,000","quotas":[{"category":"POW","side":"OWN","count":2},{"category":"POW","side":"HELD","count":2}]}"""
                .formatted(Api.quote(name)));
        assertEquals(201, created.status(), created.body());
        assertEquals("PLANNED", created.json().getString("status"));
        assertTrue(created.header("Location").endsWith("/api/v1/rounds/" + created.json().getJsonNumber("id")));
        return created.json().getJsonNumber("id").longValue();
    }

    private long nominate(long round, long person) {
        Api.Answer listed = as("hq").post("api/v1/rounds/" + round + "/nominations", "{\"personId\":" + person + "}");
        assertEquals(201, listed.status(), listed.body());
        assertEquals("PROPOSED", listed.json().getString("outcome"));
        return listed.json().getJsonNumber("id").longValue();
    }

    private void decide(long round, long nomination, String body) {
        Api.Answer decided = as("hq").put("api/v1/rounds/" + round + "/nominations/" + nomination, body);
        assertEquals(200, decided.status(), decided.body());
    }

    private void agree(long round) {
        assertEquals(200, as("hq").post("api/v1/rounds/" + round + "/status", "{\"to\":\"NEGOTIATING\"}").status());
        assertEquals(200, as("hq").post("api/v1/rounds/" + round + "/status", "{\"to\":\"AGREED\"}").status());
    }

    private String status(long person) {
        return as("hq").get("api/v1/persons/" + person).json().getString("status");
    }

    private long version(long round) {
        return as("hq").get("api/v1/rounds/" + round).json().getJsonNumber("version").longValue();
    }

    @Test
    void recordingTheExchangeRepatriatesTheAcceptedAndReturnsTheRejected() {
        long round = round("Istanbul talks, round " + System.nanoTime());
        List<Long> people = List.of(verifiedPow("Коваленко", "OWN"), verifiedPow("Мельник", "OWN"),
                verifiedPow("Іванов", "HELD"), verifiedPow("Петров", "HELD"));
        Api.Answer listed = as("hq").post("api/v1/rounds/" + round + "/nominations",
                "{\"personIds\":" + people + "}");
        assertEquals(201, listed.status(), listed.body());
        JsonArray nominations = listed.array();
        assertEquals(4, nominations.size());
        people.forEach(p -> assertEquals("NOMINATED", status(p)));

        Api.Answer noReason = as("hq").put("api/v1/rounds/" + round + "/nominations/" + id(nominations, 3),
                "{\"outcome\":\"REJECTED\"}");
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        for (int i = 0; i < 3; i++) {
            decide(round, id(nominations, i), "{\"outcome\":\"ACCEPTED\"}");
        }
        decide(round, id(nominations, 3), "{\"outcome\":\"REJECTED\",\"reason\":\"not on their list of servicemen\"}");
        assertEquals("AGREED", status(people.get(0)));

        Api.Answer tooEarly = as("hq").post("api/v1/rounds/" + round + "/exchange", "{}");
        assertEquals(400, tooEarly.status(), tooEarly.body());
        agree(round);
        assertEquals(403, as("caseworker").post("api/v1/rounds/" + round + "/exchange", "{}").status());

        JsonObject balance = as("hq").get("api/v1/rounds/" + round).json();
        assertEquals(2, balance.getJsonObject("parity").getInt("receiving"));
        assertEquals(1, balance.getJsonObject("parity").getInt("handingOver"));
        assertEquals(false, balance.getJsonObject("parity").getBoolean("even"));

        Api.Answer exchanged = as("hq").post("api/v1/rounds/" + round + "/exchange",
                "{\"version\":" + version(round) + ",\"exchangeDate\":\"2026-07-25\"}");
        assertEquals(200, exchanged.status(), exchanged.body());
        assertEquals(3, exchanged.json().getInt("exchanged"));
        assertEquals(1, exchanged.json().getInt("returned"));
        assertEquals("COMPLETED", exchanged.json().getString("status"));

        for (int i = 0; i < 3; i++) {
            assertEquals("REPATRIATED", status(people.get(i)));
        }
        assertEquals("VERIFIED", status(people.get(3)));
        JsonObject last = as("hq").get("api/v1/persons/" + people.get(0) + "/history").array().getJsonObject(0);
        assertEquals("AGREED", last.getString("from"));
        assertEquals("REPATRIATED", last.getString("to"));
        assertEquals("hq", last.getString("changedBy"));
        assertEquals(round, last.getJsonNumber("roundId").longValue());
        JsonArray after = as("hq").get("api/v1/rounds/" + round + "/nominations").json().getJsonArray("nominations");
        assertEquals(List.of("EXCHANGED", "EXCHANGED", "EXCHANGED", "REJECTED"),
                after.stream().map(n -> n.asJsonObject().getString("outcome")).toList());
        assertEquals("2026-07-25", as("hq").get("api/v1/rounds/" + round).json().getString("actualExchangeDate"));
    }

    @Test
    void theExchangeNeedsItsDateNotInTheFutureNorBeforeTheTalksAndItsReasonsReadInUkrainian() {
        long round = round("Dated exchange " + System.nanoTime());
        long own = verifiedPow("Ткаченко", "OWN");
        long held = verifiedPow("Сидоров", "HELD");
        decide(round, nominate(round, own), "{\"outcome\":\"ACCEPTED\"}");
        long rejected = nominate(round, held);
        decide(round, rejected, "{\"outcome\":\"REJECTED\",\"reason\":\"not on their list\"}");
        agree(round);

        for (String body : List.of("{}", "{\"exchangeDate\":\"2999-01-01\"}", "{\"exchangeDate\":\"2026-07-22\"}")) {
            Api.Answer refused = as("hq").post("api/v1/rounds/" + round + "/exchange", body);
            assertEquals(400, refused.status(), body + " " + refused.body());
            JsonArray errors = refused.json().getJsonArray("errors");
            assertEquals(1, errors.size(), refused.body());
            assertEquals("exchangeDate", errors.getJsonObject(0).getString("field"), refused.body());
        }
        assertTrue(as("hq").post("api/v1/rounds/" + round + "/exchange", "{\"exchangeDate\":\"2026-07-22\"}").body()
                .contains("before the talks (2026-07-23)"));
        assertEquals("AGREED", status(own), "nothing was recorded");

        String name = as("hq").get("api/v1/rounds/" + round).json().getString("name");
        assertEquals(200, as("hq").post("api/v1/rounds/" + round + "/exchange", "{\"exchangeDate\":\"2026-07-23\"}").status());
        JsonObject english = as("hq").get("api/v1/persons/" + own + "/history").array().getJsonObject(0);
        assertEquals("Exchanged on " + name + ", 2026-07-23", english.getString("reason"));
        JsonArray ukrainian = as("hq").in("uk").get("api/v1/persons/" + own + "/history").array();
        assertEquals("Обміняно в раунді «" + name + "», 2026-07-23", ukrainian.getJsonObject(0).getString("reason"));
        assertEquals("Погоджено в раунді «" + name + "»", ukrainian.getJsonObject(1).getString("reason"));
        assertEquals("Не обміняно в раунді «" + name + "» (відхилено)",
                as("hq").in("uk").get("api/v1/persons/" + held + "/history").array().getJsonObject(0).getString("reason"));
        // The field-by-field history reads the system's reason in the reader's language too.
        JsonArray changes = as("hq").in("uk").get("api/v1/persons/" + own + "/changes").json().getJsonArray("changes");
        assertTrue(changes.toString().contains("Обміняно в раунді «" + name + "», 2026-07-23"), changes.toString());
        assertTrue(as("hq").get("api/v1/persons/" + own + "/changes").json().getJsonArray("changes").toString()
                .contains("Exchanged on " + name + ", 2026-07-23"));
        // A row written before reasons had codes reads as it was written, in every language.
        long entry = ukrainian.getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(1, database.execute("update status_change set reason_code = null, reason_arguments = null where id = ?",
                entry));
        assertEquals("Accepted on " + name, as("hq").in("uk").get("api/v1/persons/" + own + "/history").array()
                .getJsonObject(1).getString("reason"));
    }

    private static long id(JsonArray nominations, int index) {
        return nominations.getJsonObject(index).getJsonNumber("id").longValue();
    }

    @Test
    void aPersonIsOnOneOpenRoundAtATimeEvenWhenTwoSupervisorsNominateAtOnce() throws Exception {
        long person = verifiedPow("Шевчук", "OWN");
        long first = round("Round A " + System.nanoTime());
        long second = round("Round B " + System.nanoTime());
        List<Api.Answer> answers = Api.together(List.of(
                () -> as("hq").post("api/v1/rounds/" + first + "/nominations", "{\"personId\":" + person + "}"),
                () -> as("supervisor").post("api/v1/rounds/" + second + "/nominations", "{\"personId\":" + person + "}")));
        List<Integer> statuses = answers.stream().map(Api.Answer::status).sorted().toList();
        assertEquals(201, statuses.get(0), answers.toString());
        assertTrue(statuses.get(1) == 409 || statuses.get(1) == 400, answers.toString());
        long holding = database.read(em -> (Long) em.createQuery(
                "select count(n) from Nomination n where n.person.id = :p and n.heldPersonId is not null")
                .setParameter("p", person).getSingleResult());
        assertEquals(1, holding);

        long third = round("Round C " + System.nanoTime());
        Api.Answer again = as("hq").post("api/v1/rounds/" + third + "/nominations", "{\"personId\":" + person + "}");
        assertEquals(400, again.status());
        assertTrue(again.body().contains("another open round"), again.body());
    }

    @Test
    void twoSupervisorsRecordingTheSameExchangeAtOnceTransitionNobodyTwice() throws Exception {
        long round = round("Concurrent exchange " + System.nanoTime());
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long person = verifiedPow("Бондаренко", i % 2 == 0 ? "OWN" : "HELD");
            people.add(person);
            decide(round, nominate(round, person), "{\"outcome\":\"ACCEPTED\"}");
        }
        agree(round);
        long version = version(round);
        List<Api.Answer> answers = Api.together(List.of(
                () -> as("hq").post("api/v1/rounds/" + round + "/exchange",
                        "{\"version\":" + version + ",\"exchangeDate\":\"2026-07-25\"}"),
                () -> as("supervisor").post("api/v1/rounds/" + round + "/exchange",
                        "{\"version\":" + version + ",\"exchangeDate\":\"2026-07-25\"}")));

        List<Integer> statuses = answers.stream().map(Api.Answer::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, answers.toString());
        for (long person : people) {
            assertEquals("REPATRIATED", status(person));
            long repatriations = database.read(em -> (Long) em.createQuery(
                    "select count(c) from StatusChange c where c.person.id = :p and c.to = org.homeward.person.RepatriationStatus.REPATRIATED")
                    .setParameter("p", person).getSingleResult());
            assertEquals(1, repatriations, "person " + person);
        }
    }

    @Test
    void whenOnePersonChangedMeanwhileTheExchangeChangesNothingAndNamesThem() {
        long round = round("Interrupted exchange " + System.nanoTime());
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long person = verifiedPow("Литвиненко", "OWN");
            people.add(person);
            decide(round, nominate(round, person), "{\"outcome\":\"ACCEPTED\"}");
        }
        agree(round);
        long changesBefore = statusChanges(people);
        // Another program moved one person back behind the application's back.
        assertEquals(1, database.execute("update person set status = 'LOCATED' where id = ?", people.get(1)));
        String caseNumber = as("hq").get("api/v1/persons/" + people.get(1)).json().getString("caseNumber");

        Api.Answer refused = as("hq").post("api/v1/rounds/" + round + "/exchange", "{\"exchangeDate\":\"2026-07-25\"}");
        assertEquals(400, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertTrue(error.getString("message").contains(caseNumber), refused.body());

        assertEquals("AGREED", status(people.get(0)));
        assertEquals("AGREED", status(people.get(2)));
        assertEquals("AGREED", as("hq").get("api/v1/rounds/" + round).json().getString("status"));
        assertEquals(changesBefore, statusChanges(people));
        assertEquals(List.of("ACCEPTED"), as("hq").get("api/v1/rounds/" + round + "/nominations").json()
                .getJsonArray("nominations").stream().map(n -> n.asJsonObject().getString("outcome")).distinct().toList());
    }

    @Test
    void cancellingARoundAndDecliningAPersonByHandLetPeopleGo() {
        long round = round("Cancelled " + System.nanoTime());
        long kept = verifiedPow("Гончаренко", "OWN");
        long died = verifiedPow("Кравченко", "OWN");
        decide(round, nominate(round, kept), "{\"outcome\":\"ACCEPTED\"}");
        long diedNomination = nominate(round, died);

        Api.Answer deceased = as("hq").post("api/v1/persons/" + died + "/transitions",
                "{\"to\":\"DECEASED\",\"reason\":\"died in custody, ICRC notification\"}");
        assertEquals(201, deceased.status(), deceased.body());
        JsonObject withdrawn = as("hq").get("api/v1/rounds/" + round + "/nominations?outcome=WITHDRAWN").json()
                .getJsonArray("nominations").getJsonObject(0);
        assertEquals(diedNomination, withdrawn.getJsonNumber("id").longValue());

        Api.Answer noReason = as("hq").post("api/v1/rounds/" + round + "/status", "{\"to\":\"CANCELLED\"}");
        assertEquals(400, noReason.status());
        Api.Answer cancelled = as("hq").post("api/v1/rounds/" + round + "/status",
                "{\"to\":\"CANCELLED\",\"reason\":\"talks broke down\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("VERIFIED", status(kept));
        assertEquals("DECEASED", status(died));
        assertEquals(400, as("hq").post("api/v1/rounds/" + round + "/nominations", "{\"personId\":" + kept + "}").status());
    }

    @Test
    void aCaseworkerProposesWithinTheirScopeButDecidesNothing() {
        long round = round("Proposals " + System.nanoTime());
        long person = verifiedPow("Савченко", "OWN");
        Api.Answer proposed = as("caseworker").post("api/v1/rounds/" + round + "/nominations", "{\"personId\":" + person + "}");
        assertEquals(201, proposed.status(), proposed.body());
        long nomination = proposed.json().getJsonNumber("id").longValue();
        assertEquals(403, as("caseworker").put("api/v1/rounds/" + round + "/nominations/" + nomination,
                "{\"outcome\":\"ACCEPTED\"}").status());
        assertEquals(0, as("caseworker2").get("api/v1/rounds/" + round + "/nominations").json()
                .getJsonArray("nominations").size());
        assertEquals(1, as("caseworker2").get("api/v1/rounds/" + round + "/nominations").json()
                .getInt("outsideScope"));
        assertEquals(403, as("caseworker2").post("api/v1/rounds/" + round + "/nominations", "{\"personId\":" + person + "}").status());
        Api.Answer withdrawn = as("caseworker").put("api/v1/rounds/" + round + "/nominations/" + nomination,
                "{\"outcome\":\"WITHDRAWN\",\"reason\":\"family asked to wait\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("VERIFIED", status(person));
        assertEquals(404, as("hq").get("api/v1/rounds/999999999").status());
        assertEquals(400, as("hq").post("api/v1/rounds", "{\"type\":\"TEA_PARTY\"}").status());
    }

    @Test
    void theDemoInstallationHoldsTheRoundsOfTheSetting() {
        JsonArray rounds = as("hq").get("api/v1/rounds?size=200").json().getJsonArray("items");
        java.util.Map<String, JsonObject> byName = new java.util.HashMap<>();
        rounds.forEach(r -> byName.put(r.asJsonObject().getString("name"), r.asJsonObject()));
        JsonObject first = byName.get("Istanbul talks, round 1");
        assertEquals("COMPLETED", first.getString("status"));
        assertTrue(first.getInt("exchanged") > 0, first.toString());
        assertEquals("COMPLETED", byName.get("Istanbul talks, round 2").getString("status"));
        assertEquals("AGREED", byName.get("Istanbul talks, round 3").getString("status"));
        assertTrue(byName.get("Istanbul talks, round 3").getInt("accepted") > 0);
        assertEquals("COMPLETED", byName.get("Exchange of remains, June 2025").getString("status"));
        assertEquals("NEGOTIATING", byName.get("Return of children: list of 339").getString("status"));

        long firstId = first.getJsonNumber("id").longValue();
        JsonObject exchangedPerson = as("hq").get("api/v1/rounds/" + firstId + "/nominations?outcome=EXCHANGED").json()
                .getJsonArray("nominations").getJsonObject(0);
        assertEquals("REPATRIATED", exchangedPerson.getString("personStatus"));
        JsonArray history = as("hq").get("api/v1/persons/" + exchangedPerson.getJsonNumber("personId") + "/history").array();
        assertEquals(List.of("REPATRIATED", "AGREED", "NOMINATED", "VERIFIED", "LOCATED"),
                history.stream().map(h -> h.asJsonObject().getString("to")).toList().subList(0, 5));
    }

    private long statusChanges(List<Long> people) {
        return database.read(em -> (Long) em.createQuery("select count(c) from StatusChange c where c.person.id in :p")
                .setParameter("p", people).getSingleResult());
    }
}
