package org.courtguide.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.courtguide.cases.TriageCase;
import org.courtguide.conversation.Feedback;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff workspace against a real Keycloak (started once for this class by {@link KeycloakServer}): sign-in
 * through Keycloak's own login form in headless Chromium, bearer tokens from the password grant for the API, and
 * the roles of the repository's realm. Nothing is faked here.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class StaffKeycloakTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TestHTTPResource("/")
    URL app;

    String keycloak;

    @BeforeEach
    void requireKeycloak() {
        var config = ConfigProvider.getConfig();
        Assumptions.assumeTrue(
                config.getOptionalValue(KeycloakServer.UNAVAILABLE_PROPERTY, String.class)
                        .isEmpty(),
                () -> "no real Keycloak: " + config.getValue(KeycloakServer.UNAVAILABLE_PROPERTY, String.class));
        keycloak = config.getValue(KeycloakServer.URL_PROPERTY, String.class);
    }

    // ---- API with bearer tokens ----

    @Test
    void the_api_without_a_token_is_401_and_with_a_forged_one_too() {
        given().when().get("/api/staff/cases").then().statusCode(401);
        given().auth()
                .oauth2("not-a-token")
                .when()
                .get("/api/staff/cases")
                .then()
                .statusCode(401);
    }

    @Test
    void a_signed_in_user_without_a_staff_role_gets_403_and_a_mediator_no_admin_pages() {
        given().auth()
                .oauth2(token("nora"))
                .when()
                .get("/api/staff/cases")
                .then()
                .statusCode(403)
                .body("code", equalTo("forbidden"));
        String mia = token("mia");
        given().auth().oauth2(mia).when().get("/api/staff/audit").then().statusCode(403);
        given().auth().oauth2(mia).when().get("/api/staff/feedback").then().statusCode(403);
    }

    @Test
    void staff_pages_send_a_visitor_to_the_keycloak_sign_in() {
        given().redirects()
                .follow(false)
                .when()
                .get("/staff/cases")
                .then()
                .statusCode(302)
                .header("Location", startsWith(keycloak + "/realms/court-guide/protocol/openid-connect/auth"));
    }

    @Test
    void a_mediator_works_a_case_through_the_api_and_the_admin_sees_every_step_in_the_audit_log() {
        TriageCase c = TestCases.persist("loans", "urgent", Duration.ofDays(2));
        String mia = token("mia");

        // other tests of this class send cases too: the search by reference finds this one alone
        given().auth()
                .oauth2(mia)
                .when()
                .get("/api/staff/cases?type=loans&q=" + c.reference.toLowerCase())
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("items.reference", hasItem(c.reference))
                .body("total", equalTo(1));
        // the summary is an object with labelled lines, not a JSON string inside JSON
        long version = given().auth()
                .oauth2(mia)
                .when()
                .get("/api/staff/cases/" + c.id)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("item.status", equalTo("NEW"))
                .body("summary.language", equalTo("zh"))
                .body("summary.lines.label", hasItem("电话或邮箱"))
                .body("summary.lines.value", hasItem(TestCases.PHONE))
                .extract()
                .jsonPath()
                .getLong("item.version");
        long assigned = given().auth()
                .oauth2(mia)
                .contentType(ContentType.JSON)
                .body(Map.of("version", version))
                .when()
                .post("/api/staff/cases/" + c.id + "/assign")
                .then()
                .statusCode(200)
                .body("assignedTo", equalTo("mia"))
                .extract()
                .jsonPath()
                .getLong("version");
        given().auth()
                .oauth2(mia)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CONTACTED", "version", assigned))
                .when()
                .post("/api/staff/cases/" + c.id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONTACTED"));
        // acting on what was read before the last change: a conflict, politely
        given().auth()
                .oauth2(mia)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(Map.of("status", "CLOSED", "version", assigned))
                .when()
                .post("/api/staff/cases/" + c.id + "/status")
                .then()
                .statusCode(409)
                .body("code", equalTo("conflict"))
                .body("message", startsWith("Someone else changed this case"))
                .body("currentVersion", equalTo((int) assigned + 1));
        given().auth()
                .oauth2(mia)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Called; both agree to meet."))
                .when()
                .post("/api/staff/cases/" + c.id + "/notes")
                .then()
                .statusCode(201)
                .body("author", equalTo("mia"));

        List<Map<String, Object>> events = given().auth()
                .oauth2(token("ada"))
                .when()
                .get("/api/staff/audit?case=" + c.reference)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .jsonPath()
                .getList("entries");
        assertThat(events)
                .extracting(e -> e.get("action") + " by " + e.get("actor"))
                .containsExactly("ADD_NOTE by mia", "CHANGE_STATUS by mia", "ASSIGN by mia", "VIEW_CASE by mia");
    }

    @Test
    void wrong_input_gets_a_polite_400_that_names_the_problem_and_refusals_are_not_cached_either() {
        TriageCase c = TestCases.persist("loans", "normal", Duration.ofHours(2));
        String mia = token("mia");

        given().auth()
                .oauth2(mia)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ARCHIVED", "version", c.version))
                .when()
                .post("/api/staff/cases/" + c.id + "/status")
                .then()
                .statusCode(400)
                .header("Cache-Control", "no-store")
                .body("code", equalTo("unknown_status"))
                .body("message", startsWith("This status does not exist."));
        given().auth()
                .oauth2(mia)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CONTACTED"))
                .when()
                .post("/api/staff/cases/" + c.id + "/status")
                .then()
                .statusCode(400)
                .body("code", equalTo("missing_version"));
        given().auth()
                .oauth2(mia)
                .header("Accept-Language", "en")
                .when()
                .get("/api/staff/cases?waiting=abc")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_waiting"))
                .body("message", equalTo("Please give the waiting time as a whole number of days, for example 3."));
        // the page too: a polite page in the user's language, not "page not found"
        String page = given().auth()
                .oauth2(mia)
                .when()
                .get("/staff/cases?waiting=abc&lang=zh")
                .then()
                .statusCode(400)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        assertThat(page).contains("请用整数天数填写等待时间，例如 3。");
        assertThat(TestCases.reload(c.id).status).isEqualTo(org.courtguide.cases.CaseStatus.NEW);
    }

    @Test
    void staff_pages_are_never_cached_and_a_withdrawn_case_explains_itself_to_the_mediator() {
        TestCases.Sent sent = TestCases.submit("neighbours", "normal");
        String mia = token("mia");
        given().auth()
                .oauth2(mia)
                .contentType(ContentType.JSON)
                .body(Map.of("version", sent.stored().version))
                .when()
                .post("/api/staff/cases/" + sent.id() + "/assign")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(mia)
                .when()
                .get("/staff/cases/" + sent.id() + "?lang=en")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");

        TestCases.withdraw(sent);

        String page = given().auth()
                .oauth2(mia)
                .when()
                .get("/staff/cases/" + sent.id() + "?lang=en")
                .then()
                .statusCode(410)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        assertThat(page)
                .contains("Case " + sent.reference() + " was withdrawn", "The person withdrew this case on")
                .doesNotContain(TestCases.PHONE, "We could not find that page");
        given().auth()
                .oauth2(mia)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Called back"))
                .when()
                .post("/api/staff/cases/" + sent.id() + "/notes")
                .then()
                .statusCode(410)
                .body("code", equalTo("withdrawn"))
                .body("reference", equalTo(sent.reference()));
        assertThat(given().auth()
                        .oauth2(mia)
                        .when()
                        .get("/staff/cases?lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains(sent.reference() + ": withdrawn by the person on");
        given().auth()
                .oauth2(token("ada"))
                .when()
                .get("/api/staff/audit?case=" + sent.reference())
                .then()
                .body("entries[0].action", equalTo("WITHDRAWN"))
                .body("entries[0].actor", equalTo(AuditLog.PERSON));
    }

    @Test
    void an_admin_reading_an_answer_trace_is_in_the_audit_log() {
        String traceId = askForATrace();
        String ada = token("ada");

        given().auth()
                .oauth2(ada)
                .when()
                .get("/api/internal/traces/" + traceId)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");

        given().auth()
                .oauth2(ada)
                .when()
                .get("/api/staff/audit?case=" + traceId)
                .then()
                .statusCode(200)
                .body("entries.action", org.hamcrest.Matchers.contains("VIEW_TRACE"))
                .body("entries.actor", org.hamcrest.Matchers.contains("ada"));
    }

    @Test
    void an_admin_marks_a_wrong_answer_report_reviewed_and_it_leaves_the_queue() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Feedback f = new Feedback();
            f.traceId = UUID.randomUUID().toString();
            f.conversationId = UUID.randomUUID().toString();
            f.wrongAnswer = true;
            f.reason = "The deadline quoted is wrong.";
            f.reviewStatus = Feedback.ReviewStatus.OPEN.name();
            f.createdAt = Instant.now();
            f.persist();
            return f.id;
        });
        String ada = token("ada");
        given().auth()
                .oauth2(ada)
                .when()
                .get("/api/staff/feedback")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) id));
        // API clients send JSON: a bodiless post without a media type is refused by the CSRF filter like a bare form
        given().auth()
                .oauth2(token("mia"))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/staff/feedback/" + id + "/reviewed")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ada)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/staff/feedback/" + id + "/reviewed")
                .then()
                .statusCode(204);

        given().auth()
                .oauth2(ada)
                .when()
                .get("/api/staff/feedback")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem((int) id)));
        given().auth()
                .oauth2(ada)
                .when()
                .get("/api/staff/audit")
                .then()
                .body("entries.findAll { it.action == 'REVIEW_FEEDBACK' }.subjectId", hasItem(String.valueOf(id)));
    }

    /** Asks a question and returns its trace id; the first questions wait while the guides load (503). */
    private static String askForATrace() {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            var response = given().contentType(ContentType.JSON)
                    .body(Map.of("question", "小额诉讼的费用是多少？"))
                    .when()
                    .post("/api/ask");
            if (response.statusCode() == 200) {
                return response.jsonPath().getString("traceId");
            }
            assertThat(response.statusCode())
                    .as("only 'still loading' is worth waiting for")
                    .isEqualTo(503);
            assertThat(System.nanoTime()).as("the guides loaded in time").isLessThan(deadline);
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- pages, signed in through Keycloak's login form ----

    @Test
    void a_mediator_signs_in_and_works_a_case_on_the_pages_which_pass_axe_and_the_admin_sees_the_audit() {
        TriageCase c = TestCases.persist("neighbours", "safety", Duration.ofDays(4));
        TestCases.Sent withdrawnLater = TestCases.submit("loans", "normal");
        try (Chromium browser = Chromium.start()) {
            WebDriver d = browser.driver;
            JavascriptExecutor js = (JavascriptExecutor) d;
            d.get(app + "staff/cases?lang=en");
            signIn(d, "mia");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Case queue");
            assertThat(browser.axe()).as("axe on the queue").isEmpty();
            // the table has the screen's width: a reference is one line, not "CG-THPY-/VMZ7"
            WebElement link = d.findElement(By.linkText(c.reference));
            assertThat(((Number) js.executeScript("return arguments[0].getClientRects().length", link)).intValue())
                    .as("lines of the reference")
                    .isEqualTo(1);
            // the checkbox sits on its label's line, before it
            WebElement box = d.findElement(By.id("f-finished"));
            WebElement label = d.findElement(By.cssSelector("label[for=f-finished]"));
            assertThat(Math.abs((box.getRect().y + box.getRect().height / 2)
                            - (label.getRect().y + label.getRect().height / 2)))
                    .isLessThan(12);
            assertThat(label.getRect().x).isGreaterThan(box.getRect().x);
            String row = link.findElement(By.xpath("./ancestor::tr")).getText();
            assertThat(row).contains("Neighbours", "Safety concern", "4 d", "Overdue");
            assertThat(d.findElement(By.id("queue-caption")).getText()).matches("\\d+ cases, page 1 of \\d+");

            link.click();
            new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), "Case " + c.reference));
            assertThat(browser.axe()).as("axe on the case page").isEmpty();
            assertThat(d.findElement(By.id("safety-protocol")).getText()).startsWith("Safety concern: check");
            assertThat(d.findElement(By.id("case-contact")).getText()).contains("李娜", TestCases.PHONE);
            assertThat(d.findElement(By.id("case-summary")).getText())
                    .contains("纠纷类型", "20,000")
                    .doesNotContain("\"label\"", "lines");
            assertThat(d.findElement(By.id("case-type")).getText()).isEqualTo("Neighbours");

            submit(d, "Assign to me");
            assertThat(d.findElement(By.id("staff-done")).getText()).isEqualTo("The case is now assigned to you.");
            assertThat(d.findElement(By.id("case-assigned")).getText()).isEqualTo("mia");

            new Select(d.findElement(By.id("contact-channel"))).selectByVisibleText("Phone");
            new Select(d.findElement(By.id("contact-outcome"))).selectByVisibleText("Reached the person");
            d.findElement(By.id("contact-next")).sendKeys("Meeting on Monday");
            submit(d, "Log attempt");
            assertThat(d.findElement(By.id("case-contacts")).getText())
                    .contains("Phone", "Reached the person", "Meeting on Monday");
            assertThat(d.findElements(By.id("case-due")))
                    .as("no deadline once contacted")
                    .isEmpty();

            new Select(d.findElement(By.id("new-status"))).selectByVisibleText("Contacted");
            submit(d, "Change status");
            assertThat(d.findElement(By.id("case-status")).getText()).isEqualTo("Contacted");

            d.findElement(By.id("note-text")).sendKeys("Both neighbours agree to meet on Monday.");
            submit(d, "Add note");
            assertThat(d.findElement(By.id("case-notes")).getText())
                    .contains("Both neighbours agree to meet on Monday.");
            assertThat(browser.axe()).as("axe on the case page after changes").isEmpty();
            assertThat(d.findElement(By.id("case-history")).getText()).containsOnlyOnce("Viewed case");
            assertThat(d.findElements(By.linkText("Audit log")))
                    .as("a mediator has no audit link")
                    .isEmpty();

            for (String variant : List.of("?lang=zh", "?lang=en&mode=accessible", "?lang=zh&mode=accessible")) {
                d.get(app + "staff/cases/" + c.id + variant);
                assertThat(browser.axe()).as("axe on the case page %s", variant).isEmpty();
                d.get(app + "staff/cases" + variant);
                assertThat(browser.axe()).as("axe on the queue %s", variant).isEmpty();
            }
            d.get(app + "staff/cases/" + c.id + "?lang=en&mode=standard");

            // Exit signs out of Keycloak too: Back shows nothing of the case and the queue asks to sign in again
            d.findElement(By.cssSelector("button.exit-button")).click();
            new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/left"));
            d.navigate().back();
            new WebDriverWait(d, Duration.ofSeconds(30)).until(StaffKeycloakTest::loaded);
            assertThat(d.getPageSource()).doesNotContain(TestCases.PHONE).doesNotContain("李娜");
            d.get(app + "staff/cases?lang=en");
            new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(d.getCurrentUrl()).startsWith(keycloak + "/realms/court-guide/");
        }
        TestCases.withdraw(withdrawnLater);
        try (Chromium browser = Chromium.start()) {
            WebDriver d = browser.driver;
            d.get(app + "staff/admin/audit?lang=en&case=" + c.reference);
            signIn(d, "ada");
            String audit = d.findElement(By.id("audit")).getText();
            assertThat(audit)
                    .contains(
                            "mia Assigned case " + c.reference,
                            "mia Changed status " + c.reference + " New → Contacted",
                            "mia Added note " + c.reference,
                            "mia Logged contact attempt " + c.reference + " Phone · Reached the person");
            assertThat(audit).matches("(?s).*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d mia Assigned case.*");
            assertThat(browser.axe()).as("axe on the audit log").isEmpty();
            d.get(app + "staff/admin/audit?lang=zh&mode=accessible");
            assertThat(browser.axe()).as("axe on the audit log, zh, accessible").isEmpty();

            d.get(app + "staff/cases/" + withdrawnLater.id() + "?lang=en");
            assertThat(d.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Case " + withdrawnLater.reference() + " was withdrawn");
            assertThat(browser.axe()).as("axe on a withdrawn case").isEmpty();

            d.get(app + "staff/admin/users?lang=en");
            assertThat(d.findElement(By.id("role-mediator")).getText()).contains("mia", "ada");
            assertThat(d.findElement(By.id("role-admin")).getText())
                    .contains("ada")
                    .doesNotContain("mia");
        }
    }

    @Test
    void a_user_without_a_staff_role_signs_in_and_is_told_they_have_no_access() {
        try (Chromium browser = Chromium.start()) {
            WebDriver d = browser.driver;
            d.get(app + "staff/cases?lang=en");
            signIn(d, "nora");
            assertThat(d.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Your account does not have access to this part of the staff workspace.");
            assertThat(d.findElements(By.id("queue"))).isEmpty();
        }
    }

    /**
     * Presses a form button on the case page and waits for the page it leads to: the click can return before the
     * browser has left the old page, so reading the result straight away would look at the page being left.
     */
    private void submit(WebDriver d, String button) {
        WebElement leaving = d.findElement(By.tagName("html"));
        d.findElement(By.xpath("//button[normalize-space()='" + button + "']")).click();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(leaving));
        wait.until(StaffKeycloakTest::loaded);
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("staff-done")),
                ExpectedConditions.presenceOfElementLocated(By.id("staff-error"))));
        assertThat(d.findElements(By.id("staff-error")))
                .as("no refusal after '%s'", button)
                .isEmpty();
    }

    private static boolean loaded(WebDriver d) {
        return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
    }

    private void signIn(WebDriver d, String user) {
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(d.getCurrentUrl()).startsWith(keycloak + "/realms/court-guide/");
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(user + "-local-only");
        d.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(app.getHost() + ":" + app.getPort()));
        // the address changes when the page starts arriving; read it only once it has
        wait.until(StaffKeycloakTest::loaded);
    }

    private String token(String user) {
        return given().baseUri(keycloak)
                .formParam("grant_type", "password")
                .formParam("client_id", KeycloakServer.CLIENT_ID)
                .formParam("client_secret", KeycloakServer.CLIENT_SECRET)
                .formParam("username", user)
                .formParam("password", user + "-local-only")
                .formParam("scope", "openid")
                .when()
                .post("/realms/court-guide/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Debian's headless Chromium with a throw-away profile (as the accessibility tests run it). */
    static final class Chromium implements AutoCloseable {

        final WebDriver driver;
        private final Path profile;

        private Chromium(WebDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static Chromium start() {
            Assumptions.assumeFalse(
                    Boolean.parseBoolean(System.getenv("COURT_GUIDE_SKIP_BROWSER_TESTS")),
                    "browser tests skipped by COURT_GUIDE_SKIP_BROWSER_TESTS");
            try {
                Path profile = Files.createTempDirectory("court-guide-staff-chromium");
                ChromeOptions options = new ChromeOptions();
                options.setBinary("/usr/bin/chromium");
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
                        "--user-data-dir=" + profile);
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .build();
                ChromeDriver driver = new ChromeDriver(service, options);
                driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
                return new Chromium(driver, profile);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** axe-core's WCAG 2.x A/AA violations on the current page, one per line; empty when there are none. */
        String axe() {
            Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
            assertThat(results.isErrored()).as("axe ran").isFalse();
            return results.getViolations().stream()
                    .map(v -> v.getId() + ": " + v.getHelp() + " "
                            + v.getNodes().stream()
                                    .map(n -> String.valueOf(n.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"));
        }

        @Override
        public void close() {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            } catch (java.io.IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }
}
