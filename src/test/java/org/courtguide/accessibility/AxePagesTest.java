package org.courtguide.accessibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every public page, in both display modes and both languages, in a real browser: axe-core finds no WCAG 2.0/2.1/2.2
 * A or AA violation, the page declares its language, and nothing scrolls sideways at 320 CSS px (a phone, or 400 %
 * zoom).
 */
@QuarkusTest
class AxePagesTest {

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
            "start",
            "answer",
            "answer-by-script",
            "abstention",
            "form-error",
            "guide-library",
            "guide",
            "law-library",
            "law",
            "contact",
            "help",
            "disclosure",
            "not-found",
            "left",
            "crisis-answer");

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

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pages")
    void has_no_wcag_2_2_aa_violations_and_reflows_at_320_px(String page, String mode, String lang) {
        String prefs = "lang=" + lang + "&mode=" + mode;
        boolean zh = lang.equals("zh");
        switch (page) {
            case "start" -> browser.open(base, "/?" + prefs);
            case "answer" ->
                browser.open(base, "/ask?" + prefs + "&q=" + encode(zh ? "怎么起诉？" : "How do I file a civil case?"));
            case "answer-by-script" -> {
                browser.open(base, "/?" + prefs);
                browser.byRole("textbox", zh ? "您的问题" : "Your question")
                        .sendKeys(zh ? "上诉期限是多少天？" : "How long do I have to appeal a judgment?");
                browser.byRole("button", zh ? "提问" : "Ask").click();
                browser.waiting()
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#transcript article")));
            }
            case "abstention" ->
                browser.open(
                        base,
                        "/ask?" + prefs + "&q="
                                + encode(zh ? "巧克力蛋糕怎么做？" : "What is a good recipe for chocolate cake?"));
            case "form-error" -> {
                browser.open(base, "/?" + prefs);
                browser.byRole("button", zh ? "提问" : "Ask").click();
                browser.waiting().until(ExpectedConditions.attributeToBe(By.id("question"), "aria-invalid", "true"));
            }
            case "guide-library" -> browser.open(base, "/guides?" + prefs);
            case "guide" -> browser.open(base, "/guides/filing-" + lang + "?" + prefs);
            case "law-library" -> browser.open(base, "/laws?" + prefs + "&q=" + encode("仲裁 时效"));
            case "law" -> browser.open(base, "/laws/labour-dispute-arbitration-law?" + prefs);
            case "contact" -> browser.open(base, "/contact?" + prefs);
            case "help" -> browser.open(base, "/help?" + prefs);
            case "disclosure" -> {
                int status = given().when().get("/disclosure").then().extract().statusCode();
                Assumptions.assumeTrue(status == 200, "/disclosure is not on this branch yet (status " + status + ")");
                browser.open(base, "/disclosure?" + prefs);
            }
            case "not-found" -> browser.open(base, "/guides/no-such-guide?" + prefs);
            case "left" -> browser.open(base, "/left?lang=" + lang);
            case "crisis-answer" ->
                browser.open(
                        base,
                        "/ask?" + prefs + "&q="
                                + encode(
                                        zh
                                                ? "我被人打伤了，要报案"
                                                : "Someone attacked me in the street and I want to report it"));
            default -> throw new IllegalArgumentException(page);
        }

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo(lang);
        assertThat(browser.axeViolations())
                .as("axe-core WCAG 2.2 AA violations on %s (%s, %s)", page, mode, lang)
                .isEmpty();
        assertThat(browser.horizontalOverflowAt(320))
                .as("sideways scrolling at 320 px on %s (%s, %s)", page, mode, lang)
                .isLessThanOrEqualTo(0);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
