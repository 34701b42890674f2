package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with the helpers the accessibility tests share: finding
 * elements by role and accessible name (as assistive technology does), keyboard-only navigation with focus checks,
 * and axe-core scans. One instance per test class: a session costs 2–3 s.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String SKIP_ENV = "COURT_GUIDE_SKIP_BROWSER_TESTS";
    /** The rule sets the issue asks for: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final Map<String, String> ROLE_SELECTORS = Map.of(
            "link", "a[href]",
            "button", "button, input[type=submit], [role=button]",
            "textbox", "textarea, input[type=text], input:not([type]), [role=textbox]",
            "heading", "h1, h2, h3, h4, h5, h6, [role=heading]",
            "navigation", "nav, [role=navigation]",
            "log", "[role=log]",
            "status", "[role=status], output",
            "alert", "[role=alert]",
            "article", "article, [role=article]");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh headless browser; fails (does not skip) when Chromium is missing, unless browser tests are switched off. */
    static Browser start(boolean javascript) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            if ("true".equalsIgnoreCase(System.getenv(SKIP_ENV))) {
                Assumptions.abort(SKIP_ENV + "=true and no Chromium: browser tests skipped");
            }
            fail(CHROMIUM + " or " + CHROMEDRIVER + " is missing. Install them with "
                    + "`apt-get install -y chromium chromium-driver fonts-noto-cjk` (.ci/run does), or set " + SKIP_ENV
                    + "=true to skip the browser tests on a machine without them.");
        }
        try {
            Path profile = Files.createTempDirectory("court-guide-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--hide-scrollbars",
                    "--force-device-scale-factor=1",
                    "--user-data-dir=" + profile);
            if (!javascript) {
                options.setExperimentalOption(
                        "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(DESKTOP);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(URL base, String pathAndQuery) {
        driver.get(base.toString().replaceAll("/$", "") + pathAndQuery);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    // ---- roles and accessible names, computed by the browser's accessibility tree ----

    /** The first element with this computed role whose accessible name equals {@code name}. */
    WebElement byRole(String role, String name) {
        return findByRole(role, name)
                .orElseThrow(() ->
                        new NoSuchElementException("no " + role + " named \"" + name + "\"; found: " + names(role)));
    }

    java.util.Optional<WebElement> findByRole(String role, String name) {
        return candidates(role).stream()
                .filter(e -> name.equals(normalise(e.getAccessibleName())))
                .findFirst();
    }

    List<String> names(String role) {
        return candidates(role).stream()
                .map(e -> normalise(e.getAccessibleName()))
                .toList();
    }

    private List<WebElement> candidates(String role) {
        String selector = ROLE_SELECTORS.getOrDefault(role, "[role=" + role + "]");
        return driver.findElements(By.cssSelector(selector)).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> role.equals(e.getAriaRole()))
                .toList();
    }

    static String normalise(String name) {
        return name == null ? "" : name.replaceAll("\\s+", " ").strip();
    }

    // ---- keyboard ----

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    String describe(WebElement e) {
        return e.getTagName() + "[" + e.getAriaRole() + " \"" + normalise(e.getAccessibleName()) + "\"]";
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /**
     * Presses Tab until the focused element matches, checking on every stop that focus is visible and that Tab moved
     * it (a keyboard trap would keep it in place).
     */
    WebElement tabTo(String what, Predicate<WebElement> target, int maxPresses) {
        List<String> visited = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < maxPresses; i++) {
            press(Keys.TAB);
            WebElement now = focused();
            String description = describe(now) + "@" + now.getLocation();
            visited.add(description);
            assertThat(description)
                    .as("Tab moved focus (no keyboard trap) after %s", visited)
                    .isNotEqualTo(previous);
            previous = description;
            if (!"body".equals(now.getTagName())) {
                assertFocusVisible(now);
            }
            if (target.test(now)) {
                return now;
            }
        }
        return fail("did not reach " + what + " with " + maxPresses + " presses of Tab; visited " + visited);
    }

    static Predicate<WebElement> role(String role, String name) {
        return e -> role.equals(e.getAriaRole()) && name.equals(normalise(e.getAccessibleName()));
    }

    /** A visible focus indicator: an outline or a box shadow of at least 2 px, as site.css draws on :focus-visible. */
    void assertFocusVisible(WebElement element) {
        String outline = element.getCssValue("outline-style");
        String width = element.getCssValue("outline-width");
        String shadow = element.getCssValue("box-shadow");
        boolean outlined = !"none".equals(outline) && parsePx(width) >= 2;
        boolean shadowed = shadow != null && !shadow.isBlank() && !"none".equals(shadow);
        assertThat(outlined || shadowed)
                .as("focus is visible on %s (outline %s %s, shadow %s)", describe(element), outline, width, shadow)
                .isTrue();
    }

    private static double parsePx(String value) {
        try {
            return Double.parseDouble(value.replace("px", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---- checks ----

    /** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; returns the violations, formatted for a failure message. */
    String axeViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            return "axe failed: " + results.getErrorMessage();
        }
        // a scan that checked nothing would prove nothing
        assertThat(results.getPasses())
                .as("rules axe-core passed on %s", driver.getCurrentUrl())
                .hasSizeGreaterThan(5);
        return results.getViolations().stream().map(Browser::format).collect(Collectors.joining("\n"));
    }

    private static String format(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream()
                        .map(n -> "    " + n.getTarget() + " "
                                + n.getHtml()
                                        .replaceAll("\\s+", " ")
                                        .substring(
                                                0,
                                                Math.min(
                                                        160,
                                                        n.getHtml()
                                                                .replaceAll("\\s+", " ")
                                                                .length())))
                        .collect(Collectors.joining("\n"));
    }

    /** At 320 CSS px wide (a phone, or 1280 px at 400 % zoom) nothing needs scrolling sideways (SC 1.4.10). */
    long horizontalOverflowAt(int width) {
        driver.manage().window().setSize(new Dimension(width, 800));
        try {
            Object overflow = ((JavascriptExecutor) driver)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            return ((Number) overflow).longValue();
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }
}
