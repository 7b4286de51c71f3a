package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Name searches give every caller exactly the people of their record scope, newest first, page after
 * page, with the right total, whichever plan answers them (issue 13: one word off the search keys, a
 * prefix covering several terms merged, several words off the keys of the rarest word, other filters by the
 * general plan), and after edits that move a case between offices, assignees and the restricted flag.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonSearchIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    /** A registered person as the test expects the list to see it. */
    private record Registered(long id, String caseNumber, String office, boolean restricted, String assignee,
                              String familyName, String givenName, String category) {
    }

    private static final Map<String, Predicate<Registered>> SCOPES = Map.of(
            "hq", person -> true,
            "supervisor", person -> person.office().equals("KYIV") || "supervisor".equals(person.assignee()),
            "caseworker", person -> person.office().equals("KYIV") && !person.restricted() || "caseworker".equals(person.assignee()),
            "caseworker2", person -> person.office().equals("KHARKIV") && !person.restricted() || "caseworker2".equals(person.assignee()));

    /** A Ukrainian-looking family name stem no other test run has used. */
    private static String uniqueStem() {
        String letters = "бвгджзклмнпрстфхцчшщ";
        StringBuilder name = new StringBuilder("Коваль");
        for (int i = 0; i < 6; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
            name.append("аеиоуі".charAt(ThreadLocalRandom.current().nextInt(6)));
        }
        return name.toString();
    }

    private static String body(Registered person, String extra) {
        return """
                {"category":%s,"side":"OWN","familyName":%s,"givenName":%s,"sex":"MALE","dateOfBirth":"1990-01-01",
                 "office":%s,"restricted":%s%s%s}""".formatted(Api.quote(person.category()), Api.quote(person.familyName()),
                Api.quote(person.givenName()), Api.quote(person.office()), person.restricted(),
                person.assignee() == null ? "" : ",\"assignedTo\":" + Api.quote(person.assignee()), extra);
    }

    private Registered register(String familyName, String givenName, String category, String office, boolean restricted,
                                String assignee, String extra) {
        Registered draft = new Registered(0, null, office, restricted, assignee, familyName, givenName, category);
        Api.Answer created = Api.at(base).as("hq").post("api/v1/persons", body(draft, extra));
        assertEquals(201, created.status(), created.body());
        return new Registered(created.json().getJsonNumber("id").longValue(), created.json().getString("caseNumber"),
                office, restricted, assignee, familyName, givenName, category);
    }

    /** Every page of a search as the user sees it, the case numbers in list order; checks the total on each. */
    private List<String> everyPage(String user, String query, int size, int expectedTotal) {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page * size <= expectedTotal; page++) {
            Api.Answer answer = Api.at(base).as(user).get("api/v1/persons?" + query + "&size=" + size + "&page=" + page);
            assertEquals(200, answer.status(), answer.body());
            JsonObject json = answer.json();
            assertEquals(expectedTotal, json.getInt("total"), user + " " + query + " page " + page);
            json.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("caseNumber")));
        }
        return seen;
    }

    private static List<Registered> newestFirst(List<Registered> registered) {
        List<Registered> newestFirst = new ArrayList<>(registered);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The people (newest first: registered later means newer) a search of these shows the user. */
    private static List<String> expected(List<Registered> newestFirst, String user, Predicate<Registered> matches) {
        return newestFirst.stream().filter(SCOPES.get(user)).filter(matches).map(Registered::caseNumber).toList();
    }

    private void assertSearch(List<Registered> newestFirst, String query, Predicate<Registered> matches) {
        for (String user : SCOPES.keySet()) {
            List<String> expected = expected(newestFirst, user, matches);
            for (int size : List.of(2, 3, 50)) {
                assertEquals(expected, everyPage(user, query, size, expected.size()), user + " " + query + " size " + size);
            }
        }
    }

    @Test
    void everyCallerSeesTheirPeopleNewestFirstPageAfterPageWhicheverPlanAnswers() {
        String stem = uniqueStem();
        String longer = stem + "ук";
        List<Registered> registered = new ArrayList<>();
        registered.add(register(stem, "Олексій", "POW", "KYIV", false, null, ""));
        registered.add(register(stem, "Олексій", "POW", "KHARKIV", false, "caseworker2", ""));
        registered.add(register(longer, "Марія", "CIVILIAN", "KYIV", false, null, ""));
        registered.add(register(stem, "Петро", "CIVILIAN", "KYIV", true, "caseworker", ""));
        registered.add(register(stem, "Олексій", "POW", "KYIV", true, null, ""));
        // Found under both terms of the stem, and listed once.
        registered.add(register(stem, "Іван", "POW", "KHARKIV", false, "caseworker", ",\"aliases\":[" + Api.quote(longer) + "]"));
        registered.add(register(longer, "Олексій", "POW", "KYIV", false, "caseworker2", ""));
        registered.add(register(stem, "Петро", "POW", "KHARKIV", true, null, ""));
        // A given name only these two have: of two words it is the rarer one, whose keys are walked.
        String rareGiven = "Ярема" + uniqueStem().substring(6).toLowerCase();
        registered.add(register(stem, rareGiven, "CIVILIAN", "KYIV", false, null, ""));
        registered.add(register(longer, rareGiven, "POW", "KHARKIV", true, "caseworker2", ""));
        List<Registered> newestFirst = newestFirst(registered);
        String latin = org.homeward.matching.UkrainianTransliteration.latin(stem);

        assertSearch(newestFirst, q(stem), person -> true);
        assertSearch(newestFirst, q(latin.toLowerCase()), person -> true);
        assertSearch(newestFirst, q(longer), person -> person.familyName().equals(longer) || person.givenName().equals("Іван"));
        assertSeveralWords(newestFirst, stem, longer, latin, rareGiven);
        assertSearch(newestFirst, q(stem) + "&restricted=true", Registered::restricted);
        assertSearch(newestFirst, q(stem) + "&office=KHARKIV", person -> person.office().equals("KHARKIV"));
        assertSearch(newestFirst, q(stem) + "&assignedTo=caseworker", person -> "caseworker".equals(person.assignee()));
        assertSearch(newestFirst, q(stem) + "&category=CIVILIAN", person -> person.category().equals("CIVILIAN"));

        // Edits move cases between offices, assignees and the restricted flag: the keys follow.
        Registered first = registered.get(0);
        Registered moved = new Registered(first.id(), first.caseNumber(), "KHARKIV", true, "caseworker", first.familyName(),
                first.givenName(), first.category());
        Api.Answer edited = Api.at(base).as("hq").put("api/v1/persons/" + first.id(), body(moved, ",\"version\":0"));
        assertEquals(200, edited.status(), edited.body());
        registered.set(0, moved);
        Registered second = registered.get(1);
        Registered released = new Registered(second.id(), second.caseNumber(), "KYIV", false, null, second.familyName(),
                second.givenName(), second.category());
        edited = Api.at(base).as("hq").put("api/v1/persons/" + second.id(), body(released, ",\"version\":0"));
        assertEquals(200, edited.status(), edited.body());
        registered.set(1, released);
        newestFirst = newestFirst(registered);

        assertSearch(newestFirst, q(stem), person -> true);
        assertSearch(newestFirst, q(latin) + "&restricted=false", person -> !person.restricted());
        assertSearch(newestFirst, q(stem + " Олексій"), person -> person.givenName().equals("Олексій"));
        assertSearch(newestFirst, q(rareGiven + " " + latin) + "&restricted=true", person -> person.givenName().equals(rareGiven)
                && person.restricted());
    }

    @Test
    void severalWordsGiveTheSamePeoplePastTheFirstPages() {
        // Pages that end past TermQuery.PROBED_PAGE_END (100) read the other word's keys once instead of
        // probing them per entry: 72 matches for the head office, pages of 60 and 7 cross that line.
        String stem = uniqueStem();
        List<Registered> registered = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            String office = i % 2 == 0 ? "KYIV" : "KHARKIV";
            String assignee = i % 5 == 0 ? "caseworker" : i % 7 == 0 ? "caseworker2" : null;
            registered.add(register(stem, i % 4 == 3 ? "Марія" : "Олексій", "POW", office, i % 3 == 0, assignee, ""));
        }
        List<Registered> newestFirst = newestFirst(registered);
        for (String user : SCOPES.keySet()) {
            List<String> expected = expected(newestFirst, user, person -> person.givenName().equals("Олексій"));
            for (int size : List.of(60, 7)) {
                assertEquals(expected, everyPage(user, q("Олексій " + stem), size, expected.size()), user + " size " + size);
            }
        }
    }

    /**
     * Searches of several words: a person shows when every word is the start of one of their names (the
     * family name's stem covers two terms), whichever word is the rarer and in whatever order the words come,
     * with the filters the keys carry and with one they do not (the general plan).
     */
    private void assertSeveralWords(List<Registered> newestFirst, String stem, String longer, String latin, String rareGiven) {
        Predicate<Registered> oleksii = person -> person.givenName().equals("Олексій");
        assertSearch(newestFirst, q(stem + " Олексій"), oleksii);
        assertSearch(newestFirst, q("Олексій " + stem), oleksii);
        assertSearch(newestFirst, q(latin.toLowerCase() + " oleksii"), oleksii);
        assertSearch(newestFirst, q(stem + " Олекс"), oleksii);
        assertSearch(newestFirst, q(stem + " " + rareGiven), person -> person.givenName().equals(rareGiven));
        assertSearch(newestFirst, q(rareGiven + " " + longer), person -> person.givenName().equals(rareGiven)
                && person.familyName().equals(longer));
        assertSearch(newestFirst, q(longer + " " + stem + " Іван"), person -> person.givenName().equals("Іван"));
        assertSearch(newestFirst, q(stem + " " + rareGiven + "ко"), person -> false);
        assertSearch(newestFirst, q(stem + " Олексій") + "&office=KYIV", oleksii.and(person -> person.office().equals("KYIV")));
        assertSearch(newestFirst, q(stem + " Олексій") + "&restricted=false", oleksii.and(person -> !person.restricted()));
        assertSearch(newestFirst, q(stem + " Олексій") + "&assignedTo=caseworker2", oleksii.and(person -> "caseworker2".equals(person.assignee())));
        assertSearch(newestFirst, q(stem + " Олексій") + "&category=POW", oleksii.and(person -> person.category().equals("POW")));
    }
}
