package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.homeward.testing.Api;
import org.homeward.testing.PageClient;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted while users work (src/test/cluster/faults.sh runs this against two nodes on a
 * PostgreSQL of its own): while it is away, requests answer a clear 503 on the API and the pages and
 * /health says DOWN; afterwards everything works again without anyone restarting a server, and every
 * registration that was acknowledged (201) is there.
 */
class DatabaseRestartFault {

    private static final String REGISTRATION =
            "{\"category\":\"POW\",\"side\":\"OWN\",\"familyName\":\"Коваленко\",\"sex\":\"MALE\",\"office\":\"KYIV\"}";

    @Test
    void requestsDuringARestartAnswer503AndEveryAcknowledgedCommitSurvives() throws Exception {
        PageClient browser = new PageClient(TwoNodes.BALANCER);
        browser.signIn("caseworker", Api.DEMO_PASSWORD);
        assertEquals(200, browser.get("cases/list.xhtml").status());
        Api api = Api.at(TwoNodes.BALANCER).as("caseworker");
        // Basic credentials are checked once and then remembered: the writers are recognised throughout.
        assertEquals(200, api.get("api/v1/me").status());

        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> answers = Collections.synchronizedMap(new TreeMap<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<Object>> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            written.add(writers.submit(() -> {
                while (writing.get()) {
                    Api.Answer created = api.post("api/v1/persons", REGISTRATION);
                    answers.merge(created.status(), 1, Integer::sum);
                    if (created.status() == 201) {
                        acknowledged.add(created.json().getJsonNumber("id").longValue());
                    } else if (created.status() == 503) {
                        assertTrue(created.json().getString("message").contains("database"), created.body());
                    }
                }
                return null;
            }));
        }
        Thread.sleep(3000);

        Process restart = new ProcessBuilder("src/test/cluster/postgres.sh", "restart-after", "15").inheritIO().start();
        Thread.sleep(6000);
        Api.Answer apiWhileDown = api.get("api/v1/persons?q=kovalenko");
        PageClient.Page pageWhileDown = browser.get("cases/list.xhtml");
        Api.Answer healthWhileDown = Api.at(TwoNodes.BALANCER).get("health");
        assertTrue(restart.waitFor(2, TimeUnit.MINUTES), "PostgreSQL did not come back");

        Instant back = Instant.now();
        Api.Answer health = Api.at(TwoNodes.BALANCER).get("health");
        while (health.status() != 200 && Duration.between(back, Instant.now()).toSeconds() < 60) {
            Thread.sleep(500);
            health = Api.at(TwoNodes.BALANCER).get("health");
        }
        long recoverySeconds = Duration.between(back, Instant.now()).toSeconds();
        Thread.sleep(3000);
        writing.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
        for (Future<Object> writer : written) {
            writer.get();
        }

        System.out.printf("database restart: answers while writing %s; API while down %d, page %d, health %d %s;"
                + " healthy again %d s after the database; %d registrations acknowledged%n", answers, apiWhileDown.status(),
                pageWhileDown.status(), healthWhileDown.status(), healthWhileDown.body(), recoverySeconds, acknowledged.size());
        assertEquals(503, apiWhileDown.status(), apiWhileDown.body());
        assertEquals("5", apiWhileDown.header("Retry-After"));
        assertEquals(503, pageWhileDown.status(), pageWhileDown.body());
        assertTrue(pageWhileDown.body().contains("Temporarily unavailable"), pageWhileDown.body());
        assertEquals(503, healthWhileDown.status(), healthWhileDown.body());
        assertTrue(healthWhileDown.body().contains("DOWN"), healthWhileDown.body());
        assertEquals(200, health.status(), "not healthy a minute after the database came back: " + health.body());
        assertEquals(List.of(201, 503), List.copyOf(answers.keySet()), "every answer is an acknowledgement or a clear 503: " + answers);

        assertEquals(200, browser.get("cases/list.xhtml").status(), "the signed-in user works again");
        for (long id : acknowledged) {
            assertEquals(200, api.get("api/v1/persons/" + id).status(), "acknowledged registration " + id + " is lost");
        }
    }
}
