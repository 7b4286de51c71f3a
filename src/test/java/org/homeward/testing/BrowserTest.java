package org.homeward.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser journey needs: Debian's Chromium driven headless (never a downloaded browser),
 * a fresh session per test, signing in, and finding things the way a person does: by their label.
 * Every page a journey arrives at is checked for accessibility (axe-core, WCAG 2.1 AA).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** The axe-core rule tags of WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    protected static WebDriver driver;
    private static Path profile;
    /** Pages of this class's journeys already checked: a page is checked when a journey first arrives at it. */
    private static final Set<String> checkedPages = new HashSet<>();

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.homeward();
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        checkedPages.clear();
        profile = Files.createTempDirectory("homeward-chromium");
        driver = newBrowser(profile);
    }

    /** A browser of its own (own profile, own cookies): a second person at another desk. */
    protected static WebDriver newBrowser(Path profileDirectory) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The network here is closed: no first-run, sync, update or background traffic.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=en-GB",
                "--user-data-dir=" + profileDirectory);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        // The console, so a journey can show that a page ran without a script error or a CSP violation.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        return browser;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void freshSession() {
        driver.get(base.toString() + "favicon.ico");
        driver.manage().deleteAllCookies();
    }

    protected void open(String path) {
        driver.get(base.toString() + (path.startsWith("/") ? path.substring(1) : path));
        waitForPage();
    }

    protected void signIn(String username, String password) {
        open("login.xhtml");
        field("Username").sendKeys(username);
        field("Password").sendKeys(password);
        clickAndWait(button("Sign in"));
    }

    protected void signIn(String demoUser) {
        signIn(demoUser, Api.DEMO_PASSWORD);
    }

    protected void signOut() {
        clickAndWait(button("Sign out"));
    }

    /** The input a visible label points at, as a screen reader would find it. */
    protected WebElement field(String label) {
        WebElement labelElement = driver.findElement(By.xpath(
                "//label[normalize-space(.)=" + xpathLiteral(label) + " or normalize-space(.)=" + xpathLiteral(label + "*") + "]"));
        String id = labelElement.getAttribute("for");
        return driver.findElement(By.id(id));
    }

    /** Sets a field's value at once (long inputs would take a long time to type key by key). */
    protected void fill(String label, String value) {
        WebElement input = field(label);
        input.clear();
        if (value.length() > 200) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
        } else {
            input.sendKeys(value);
        }
    }

    protected WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space(.)=" + xpathLiteral(text) + "]"));
    }

    /** Ticks or unticks a checkbox or picks a radio option by its own label. */
    protected void toggle(String optionLabel) {
        driver.findElement(By.xpath("//label[normalize-space(.)=" + xpathLiteral(optionLabel) + "]")).click();
    }

    /** Chooses an option of a drop-down list by the texts a person reads, and waits for what the choice brings. */
    protected void choose(String label, String option) {
        new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(option);
        waitForPage();
    }

    protected void clickLink(String text) {
        clickAndWait(driver.findElement(By.xpath("//a[normalize-space(.)=" + xpathLiteral(text) + "]")));
    }

    /** The validation message shown with an input (inside the same labelled field). */
    protected String messageFor(String label) {
        WebElement container = field(label).findElement(By.xpath("ancestor::div[contains(@class,'hw-field')][1]"));
        return container.findElements(By.cssSelector(".ui-message")).stream().map(WebElement::getText)
                .map(String::strip).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    protected String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    protected String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The entries of the main menu, as shown. */
    protected List<String> menu() {
        return driver.findElements(By.cssSelector("nav.hw-menu a")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** What the browser's console said at error level since it was last asked (script errors, CSP refusals). */
    protected List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /**
     * The HTTP status the server answers for a page, asked with this browser's session (the browser shows
     * the error page but not its status). Redirects are not followed: a redirect to an error page is a 302.
     */
    protected int statusOf(String path) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base.toString() + (path.startsWith("/") ? path.substring(1) : path)))
                .header("Cookie", cookies).GET().build();
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Waits until the page has loaded and PrimeFaces has no AJAX request in flight; a page this class's
     * journeys had not been at before is then checked for accessibility.
     */
    protected void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
        String page = path();
        if (!page.endsWith("favicon.ico") && checkedPages.add(page)) {
            assertAccessible();
        }
    }

    /**
     * Checks the page as it is now shown with axe-core against WCAG 2.1 AA: no violation of impact
     * serious or critical. The axe script comes from the axe-core jar; nothing is fetched.
     */
    protected void assertAccessible() {
        List<String> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe).toList();
        assertEquals(List.of(), violations, "accessibility of " + path());
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                .map(node -> node.getTarget() + " " + node.getFailureSummary().replace('\n', ' ')).toList();
    }

    /** Clicks a button (AJAX or a whole-page submit) and waits for the answer to be shown. */
    protected void press(String buttonText) {
        clickAndWait(button(buttonText));
    }

    /** Clicks a button inside one part of the page (a table row, a section) and waits, as {@link #press} does. */
    protected void pressIn(WebElement part, String buttonText) {
        clickAndWait(part.findElement(By.xpath(".//button[normalize-space(.)=" + xpathLiteral(buttonText) + "]")));
    }

    /**
     * Clicks and waits for what the click brings: a new page (a link, a whole-page submit) or the answer
     * to an AJAX request. Right after a click the old page still reads as loaded, so the old page is
     * marked first, and the wait ends when the mark is gone (a new document) or when an AJAX answer has
     * been applied. (PrimeFaces registers its handlers in scripts, under the content security policy, so
     * the button itself does not tell which it will be.)
     */
    protected void clickAndWait(WebElement element) {
        actAndWait(element::click);
    }

    /** Does what may bring a new page or an AJAX answer (a click, Enter in a form) and waits, as {@link #clickAndWait} does. */
    protected void actAndWait(Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.hwOldPage = true; window.hwAnswers = 0;"
                + " if (window.jQuery) { jQuery(document).on('pfAjaxComplete.hw', function () { window.hwAnswers++; }); }");
        action.run();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> arrived(js));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // A click that neither left the page nor asked the server (a download): nothing to wait for.
        }
        waitForPage();
    }

    private static boolean arrived(JavascriptExecutor js) {
        try {
            return (Boolean) js.executeScript("return !window.hwOldPage || (window.hwAnswers > 0"
                    + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()));");
        } catch (org.openqa.selenium.WebDriverException swapping) {
            // Chrome is between two documents.
            return false;
        }
    }

    protected static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
