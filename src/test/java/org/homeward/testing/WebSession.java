package org.homeward.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's session over plain HTTP: its own cookies, the sign-in form posted as a browser posts
 * it, pages fetched without following redirects (so that being sent to the sign-in page shows).
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    private WebSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession at(URL base) {
        try {
            return new WebSession(base.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Posts the sign-in form; the answer is the redirect after success, or the page with its message. */
    public HttpResponse<String> signIn(String username, String password) {
        String page = get("login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signInForm", "signInForm");
        form.put("signInForm:username", username);
        form.put("signInForm:password", password);
        form.put("signInForm:signIn", "");
        return post("login.xhtml", page, form, false);
    }

    /** Posts a form of the page at {@code path} through Faces' AJAX, as PrimeFaces' buttons do. */
    public HttpResponse<String> ajaxSubmit(String path, String formId, String buttonId, Map<String, String> fields) {
        String page = get(path).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", formId + ":" + buttonId);
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", formId);
        form.put(formId + ":" + buttonId, formId + ":" + buttonId);
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        return post(path, page, form, true);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /**
     * Whether the home page takes this session as signed in: it is not sent to sign in. (Being sent
     * elsewhere, to choose a password or to a role's own start page, still means signed in.)
     */
    public boolean isSignedIn() {
        HttpResponse<String> answer = get("index.xhtml");
        boolean sentToSignIn = answer.headers().firstValue("Location").map(l -> l.contains("/login.xhtml")).orElse(false);
        return !sentToSignIn && !answer.body().contains("id=\"signInForm\"");
    }

    private HttpResponse<String> post(String path, String page, Map<String, String> form, boolean ajax) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on " + path + ": " + page);
        }
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // A browser names the page's origin on every post; the sign-in form accepts only its own site's.
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
