package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the dispute intake, in both display modes and both languages, with the same checks as
 * {@link AxePagesTest}: no axe-core WCAG 2.2 A/AA violation, the page's language declared, no sideways scrolling at
 * 320 px. Pages that only a form post reaches are reached by posting the form from the browser.
 */
@QuarkusTest
class TriageAxePagesTest {

    @TestHTTPResource("/")
    URL base;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static final List<String> PAGES = List.of(
            "dispute",
            "dispute-error",
            "parties",
            "parties-wages",
            "parties-error",
            "history",
            "needs",
            "needs-error",
            "review",
            "review-wages",
            "review-safety",
            "consent-error",
            "done",
            "withdraw",
            "withdraw-error");

    static Stream<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        for (String mode : List.of("standard", "accessible")) {
            for (String lang : List.of("zh", "en")) {
                for (String page : PAGES) {
                    all.add(Arguments.of(page, mode, lang));
                }
            }
        }
        return all.stream();
    }

    /** Complete answers of every step. */
    static Map<String, List<String>> answers() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("type", List.of("loans"));
        form.put("description", List.of("借给朋友两万元，说好去年底还，一直没还。"));
        form.put("other_party", List.of("individual"));
        form.put("amount", List.of("20000"));
        form.put("province", List.of("guangdong"));
        form.put("tried", List.of("talked"));
        form.put("debt", List.of("yes"));
        form.put("facts", List.of("yes"));
        form.put("urgency", List.of("normal"));
        form.put("contact", List.of("email"));
        form.put("contact_detail", List.of("someone@example.org"));
        return form;
    }

    static Map<String, List<String>> with(Map<String, List<String>> form, String... pairs) {
        Map<String, List<String>> copy = new LinkedHashMap<>(form);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put(pairs[i], List.of(pairs[i + 1]));
        }
        return copy;
    }

    /** Posts a form from the page, as its own form would, and waits for the response page. */
    static void post(String action, Map<String, List<String>> fields) {
        StringBuilder script = new StringBuilder("const f = document.createElement('form'); f.method = 'post';"
                + " f.action = arguments[0]; const d = arguments[1];"
                + " for (const k of Object.keys(d)) { for (const v of d[k]) {"
                + " const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); } }"
                + " document.body.appendChild(f); f.submit();");
        Object marker = ((JavascriptExecutor) browser.driver).executeScript("return document.body;");
        ((JavascriptExecutor) browser.driver).executeScript(script.toString(), action, fields);
        browser.waiting().until(ExpectedConditions.stalenessOf((org.openqa.selenium.WebElement) marker));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pages")
    void has_no_wcag_2_2_aa_violations_and_reflows_at_320_px(String page, String mode, String lang) {
        browser.open(base, "/triage?lang=" + lang + "&mode=" + mode);
        boolean zh = lang.equals("zh");
        switch (page) {
            case "dispute" -> {}
            case "dispute-error" -> {
                browser.byRole("button", zh ? "下一步" : "Next").click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-type-error")));
            }
            case "parties" -> post("/triage", with(answers(), "step", "dispute", "go", "next"));
            case "parties-wages" ->
                post(
                        "/triage",
                        with(
                                answers(),
                                "step",
                                "dispute",
                                "go",
                                "next",
                                "type",
                                "labour",
                                "description",
                                "公司拖欠我三个月工资，一共一万八千元。",
                                "amount",
                                ""));
            case "parties-error" ->
                post("/triage", with(answers(), "step", "parties", "go", "next", "when_year", "25", "amount", "两三万"));
            case "history" -> post("/triage", with(answers(), "step", "parties", "go", "next"));
            case "needs" -> post("/triage", with(answers(), "step", "history", "go", "next"));
            case "needs-error" ->
                post(
                        "/triage",
                        with(answers(), "step", "needs", "go", "next", "contact", "phone", "contact_detail", ""));
            case "review" -> post("/triage", with(answers(), "step", "needs", "go", "next"));
            case "review-wages" ->
                post(
                        "/triage",
                        with(
                                answers(),
                                "step",
                                "needs",
                                "go",
                                "next",
                                "type",
                                "labour",
                                "labour_issue",
                                "wages",
                                "other_party",
                                "employer"));
            case "review-safety" ->
                post("/triage", with(answers(), "step", "needs", "go", "next", "type", "family", "urgency", "safety"));
            case "consent-error" -> post("/triage/submit", with(answers(), "step", "review"));
            case "done" -> post("/triage/submit", with(answers(), "step", "review", "consent", "on"));
            case "withdraw" -> browser.open(base, "/triage/withdraw");
            case "withdraw-error" -> {
                browser.open(base, "/triage/withdraw");
                post("/triage/withdraw", Map.of("reference", List.of("CG-AAAA-BBBB"), "secret", List.of("nope")));
            }
            default -> throw new IllegalArgumentException(page);
        }

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo(lang);
        assertThat(browser.axeViolations())
                .as("axe-core WCAG 2.2 AA violations on triage %s (%s, %s)", page, mode, lang)
                .isEmpty();
        assertThat(browser.horizontalOverflowAt(320))
                .as("sideways scrolling at 320 px on triage %s (%s, %s)", page, mode, lang)
                .isLessThanOrEqualTo(0);
    }
}
