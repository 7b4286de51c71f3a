package org.homeward.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.homeward.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * The provisioned server boots the way operators start it, with {@code bin/standalone.sh}, not only
 * under Arquillian, and serves Homeward on whichever database the environment names (the second pass
 * of .ci/run sets the PostgreSQL variables). It runs beside the Arquillian server, on ports +100,
 * with a server base directory of its own.
 */
class StandaloneStartIT {

    private static final int OFFSET = 100 + Integer.getInteger("it.port.offset", 0);

    @Test
    void bootsWithStandaloneShAndServesHomeward() throws Exception {
        Path home = Path.of(System.getProperty("jboss.home", "target/server")).toAbsolutePath();
        Path war = Path.of(System.getProperty("homeward.war", "target/homeward.war")).toAbsolutePath();
        Path baseDir = Files.createTempDirectory(Path.of("target"), "standalone-").toAbsolutePath();
        copyTree(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(war, baseDir.resolve("deployments/homeward.war"), StandardCopyOption.REPLACE_EXISTING);

        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true)
                .redirectOutput(baseDir.resolve("console.log").toFile());
        builder.environment().put("HOMEWARD_DEMO", "true");
        if (builder.environment().getOrDefault("DB_URL", "").startsWith("jdbc:h2:")) {
            // On H2 this server keeps a database of its own, in its own base directory.
            builder.environment().remove("DB_URL");
        }
        Process server = builder.start();
        try {
            URL base = new URL("http://127.0.0.1:" + (8080 + OFFSET) + "/");
            Api.Answer health = waitForHealth(base, Duration.ofSeconds(150), baseDir);

            assertEquals("UP", health.json().getString("status"), health.body());
            assertEquals(newestMigration(), health.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data")
                    .getString("schemaVersion"), health.body());
            assertEquals(200, Api.at(base).get("login.xhtml").status());
            assertEquals("caseworker", Api.at(base).as("caseworker").get("api/v1/me").json().getString("username"));
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.onExit().get();
        }
    }

    /** The highest version among the migrations the build packs (SQL scripts and Java migrations alike). */
    private static String newestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target/classes/db/migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        }
    }

    private static Api.Answer waitForHealth(URL base, Duration limit, Path baseDir) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                Api.Answer answer = Api.at(base).get("health");
                if (answer.status() == 200) {
                    return answer;
                }
            } catch (RuntimeException notYetListening) {
                // The server is still starting.
            }
            Thread.sleep(1000);
        }
        Path log = baseDir.resolve("log/server.log");
        String tail = Files.exists(log) ? Files.readString(log) : Files.readString(baseDir.resolve("console.log"));
        throw new AssertionError("no healthy server within " + limit + ":\n"
                + tail.substring(Math.max(0, tail.length() - 4000)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertTrue(Files.exists(to.resolve("standalone.xml")));
    }
}
