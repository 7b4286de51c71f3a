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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A browser without a browser: keeps its cookies, follows no redirect, and posts Faces forms the way
 * the page's script would (the view state and PrimeFaces' nonce included), so that tests see each
 * answer as the server gave it.
 */
public final class PageClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final URI base;
    private final HttpClient http;

    public PageClient(URL base) {
        this(URI.create(base.toString()), HttpClient.newBuilder().cookieHandler(new CookieManager()));
    }

    /** Over HTTPS with the given TLS context (the test server's certificate is self-signed). */
    public PageClient(URI base, SSLContext tls) {
        this(base, HttpClient.newBuilder().cookieHandler(new CookieManager()).sslContext(tls));
    }

    private PageClient(URI base, HttpClient.Builder http) {
        this.base = base;
        this.http = http.followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Page post(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // What a browser sends with every form post.
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A form posted by PrimeFaces' script (an AJAX postback), answered with a Faces partial response. */
    public Page ajax(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true&" + form)));
    }

    /**
     * Fills in and posts a form of the page at {@code path} through Faces' AJAX, as PrimeFaces' buttons
     * do; {@code fields} by their ids within the form.
     */
    public Page ajaxSubmit(String path, String formId, String buttonId, Map<String, String> fields) {
        Page page = get(path);
        StringBuilder form = new StringBuilder("jakarta.faces.source=" + encode(formId + ":" + buttonId)
                + "&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=" + encode(formId)
                + "&" + encode(formId + ":" + buttonId) + "=" + encode(formId + ":" + buttonId)
                + "&" + encode(formId) + "=" + encode(formId));
        fields.forEach((name, value) -> form.append('&').append(encode(formId + ":" + name)).append('=').append(encode(value)));
        form.append("&jakarta.faces.ViewState=").append(encode(page.viewState()))
                .append("&primefaces.nonce=").append(encode(page.nonce()));
        return ajax(path, form.toString());
    }

    /**
     * Whether the home page takes this client as signed in: it is not sent to sign in. (Being sent
     * elsewhere, to choose a password or to a role's own start page, still means signed in.)
     */
    public boolean isSignedIn() {
        Page home = get("index.xhtml");
        String location = home.header("Location");
        return !(location != null && location.contains("/login.xhtml")) && !home.body().contains("id=\"signInForm\"");
    }

    /** Fills in and posts the sign-in form, as a person would. */
    public Page signIn(String username, String password) {
        Page form = get("login.xhtml");
        return post("login.xhtml", "signInForm=signInForm&signInForm%3Ausername=" + encode(username)
                + "&signInForm%3Apassword=" + encode(password) + "&signInForm%3AsignIn=&jakarta.faces.ViewState="
                + encode(form.viewState()) + "&primefaces.nonce=" + encode(form.nonce()));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            return new Page(http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One answer. */
    public record Page(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The Set-Cookie of a server session, whatever the cookie's name. */
        public Optional<String> sessionCookie() {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.contains("HOMEWARD_SESSION=")).findFirst();
        }

        public String viewState() {
            Matcher found = VIEW_STATE.matcher(body());
            if (!found.find()) {
                throw new AssertionError("no view state in " + body());
            }
            return found.group(1).replace("&#45;", "-").replace("&#58;", ":");
        }

        public String nonce() {
            Matcher found = NONCE.matcher(header("Content-Security-Policy"));
            return found.find() ? found.group(1) : "";
        }
    }
}
