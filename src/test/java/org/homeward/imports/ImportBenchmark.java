package org.homeward.imports;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homeward.testing.Api;

/**
 * The import benchmark (issue 14: 100,000 rows previewed in under a minute, committed in under two): a
 * list of {@code rows} invented people (fixed seed) uploaded as a caseworker to a running server, timed
 * from the upload to its preview, then committed (only the valid rows) and followed to the end. Run by
 * src/test/benchmark/import.sh; results in docs/benchmarks.md.
 */
public final class ImportBenchmark {

    private static final List<String> GIVEN = List.of("Олексій", "Андрій", "Микола", "Юрій", "Іван", "Петро", "Василь",
            "Сергій", "Дмитро", "Олег", "Тарас", "Богдан", "Віктор", "Роман", "Максим", "Артем");
    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
    private static final String VOWELS = "аеиоуі";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("url", "http://127.0.0.1:8080/");
        int rows = Integer.getInteger("rows", 100_000);
        Api caseworker = Api.at(URI.create(base).toURL()).as("caseworker");
        byte[] list = list(rows, new Random(20261129));

        long start = System.nanoTime();
        Api.Answer uploaded = caseworker.multipart("api/v1/imports",
                Map.of("source", "benchmark list of " + LocalDate.now(), "category", "POW", "side", "OWN"), "benchmark.csv", list);
        if (uploaded.status() != 201 && uploaded.status() != 202) {
            throw new IllegalStateException("upload: " + uploaded.status() + " " + uploaded.body());
        }
        System.out.printf("upload answered %d in %.1f s%n", uploaded.status(), (System.nanoTime() - start) / 1e9);
        long id = uploaded.json().getJsonNumber("id").longValue();
        // A large list is previewed in the background: followed to the end like the commit.
        Api.Answer previewed = follow(caseworker, id, uploaded, "PREVIEWING", start);
        double previewSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("preview: %d rows (%.1f MB) read, validated, matched and stored in %.1f s = %.0f rows/s (%d new, %d duplicates, "
                + "%d errors)%n", rows, list.length / 1e6, previewSeconds, rows / previewSeconds,
                previewed.json().getJsonNumber("rowsNew").longValue(), previewed.json().getJsonNumber("rowsDuplicate").longValue(),
                previewed.json().getJsonNumber("rowsError").longValue());

        start = System.nanoTime();
        Api.Answer committed = caseworker.post("api/v1/imports/" + id + "/commit", "{\"mode\":\"VALID_ONLY\"}");
        if (committed.status() != 200) {
            throw new IllegalStateException("commit: " + committed.status() + " " + committed.body());
        }
        committed = follow(caseworker, id, committed, "COMMITTING", start);
        double commitSeconds = (System.nanoTime() - start) / 1e9;
        long registered = committed.json().getJsonNumber("rowsCommitted").longValue();
        System.out.printf("commit: %s, %d people registered in %.1f s = %.0f rows/s%n", committed.json().getString("state"), registered,
                commitSeconds, registered / commitSeconds);
    }

    /** Follows the import while it is in {@code state}, every two seconds; its last answer. */
    private static Api.Answer follow(Api caseworker, long id, Api.Answer answer, String state, long start) throws InterruptedException {
        while (answer.json().getString("state").equals(state)) {
            Thread.sleep(2000);
            answer = caseworker.get("api/v1/imports/" + id + "?size=1");
            System.out.printf("  %5.0f s: %s %d%%%n", (System.nanoTime() - start) / 1e9, answer.json().getString("state"),
                    answer.json().getInt("progress"));
        }
        return answer;
    }

    /** A list of {@code rows} invented people, as a CSV file in UTF-8 (the fault tests' import uses it too). */
    public static byte[] list(int rows, Random random) {
        StringBuilder text = new StringBuilder(rows * 80);
        text.append("Прізвище;Ім'я;По батькові;Стать;Дата народження\n");
        for (int i = 0; i < rows; i++) {
            StringBuilder family = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                family.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            }
            family.setCharAt(0, Character.toUpperCase(family.charAt(0)));
            family.append("енко");
            String father = GIVEN.get(random.nextInt(GIVEN.size()));
            text.append(family).append(';').append(GIVEN.get(random.nextInt(GIVEN.size()))).append(';')
                    .append(father, 0, father.length() - 1).append("ович;ч;")
                    .append(LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28))).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
