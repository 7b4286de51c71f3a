package org.homeward.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A client of the JSON API as a partner's script would use it: HTTP Basic, JSON in and out. */
public final class Api {

    public static final String DEMO_PASSWORD = "homeward-demo";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;
    private final String authorization;
    private final String language;

    private Api(URI base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    public static Api at(URL base) {
        try {
            return new Api(base.toURI(), null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token, language);
    }

    /** The same client asking for answers in that language (Accept-Language), e.g. "uk". */
    public Api in(String languageTag) {
        return new Api(base, authorization, languageTag);
    }

    public Api as(String demoUser) {
        return as(demoUser, DEMO_PASSWORD);
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, json);
    }

    public Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    public Answer send(String method, String path, String json) {
        HttpResponse<String> response = exchange(request(method, path, json, "application/json"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** A request whose answer is a file (a CSV, a ZIP): its bytes as they came. */
    public FileAnswer file(String method, String path, String json) {
        HttpResponse<byte[]> response = exchange(request(method, path, json, "text/csv, application/zip, application/json"),
                HttpResponse.BodyHandlers.ofByteArray());
        return new FileAnswer(response.statusCode(), response.body(), response);
    }

    /**
     * A multipart/form-data POST as a browser's form or curl -F sends it: text fields, then the file
     * (its bytes as they are, in whatever encoding the list was written).
     */
    public Answer multipart(String path, java.util.Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "homeward" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response);
    }

    private HttpRequest request(String method, String path, String json, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .header("Accept", accept)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.build();
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer carrying a file. */
    public record FileAnswer(int status, byte[] body, HttpResponse<byte[]> response) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Answer asAnswer() {
            return new Answer(status, text(), null);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length > 500 ? text().substring(0, 200) + "…" : text());
        }
    }

    /** One HTTP answer. */
    public record Answer(int status, String body, HttpResponse<String> response) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A JSON string literal, escaped. */
    /** Runs the calls at the same moment, each on its own thread, and returns their answers in order. */
    public static List<Answer> together(List<Callable<Answer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    public static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
