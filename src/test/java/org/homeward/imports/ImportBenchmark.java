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
        double previewSeconds = (System.nanoTime() - start) / 1e9;
        if (uploaded.status() != 201) {
            throw new IllegalStateException("upload: " + uploaded.status() + " " + uploaded.body());
        }
        long id = uploaded.json().getJsonNumber("id").longValue();
        System.out.printf("preview: %d rows (%.1f MB) read, validated, matched and stored in %.1f s (%d new, %d duplicates, %d errors)%n",
                rows, list.length / 1e6, previewSeconds, uploaded.json().getJsonNumber("rowsNew").longValue(),
                uploaded.json().getJsonNumber("rowsDuplicate").longValue(), uploaded.json().getJsonNumber("rowsError").longValue());

        start = System.nanoTime();
        Api.Answer committed = caseworker.post("api/v1/imports/" + id + "/commit", "{\"mode\":\"VALID_ONLY\"}");
        if (committed.status() != 200) {
            throw new IllegalStateException("commit: " + committed.status() + " " + committed.body());
        }
        String state = committed.json().getString("state");
        while (state.equals("COMMITTING")) {
            Thread.sleep(2000);
            Api.Answer progress = caseworker.get("api/v1/imports/" + id + "?size=1");
            state = progress.json().getString("state");
            System.out.printf("  %5.0f s: %d%%, %d committed%n", (System.nanoTime() - start) / 1e9, progress.json().getInt("progress"),
                    progress.json().getJsonNumber("rowsCommitted").longValue());
            committed = progress;
        }
        System.out.printf("commit: %s, %d people registered in %.1f s%n", state, committed.json().getJsonNumber("rowsCommitted").longValue(),
                (System.nanoTime() - start) / 1e9);
    }

    static byte[] list(int rows, Random random) {
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
