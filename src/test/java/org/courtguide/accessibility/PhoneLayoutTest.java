package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * On a phone (a 360 × 800 window): after asking, the new answer starts at the top of the screen with focus on its
 * heading, and the accessible mode's header leaves most of the screen to the page.
 */
@QuarkusTest
class PhoneLayoutTest {

    static final Dimension PHONE = new Dimension(360, 800);
    /** The accessible mode's header on a phone: at most a fifth of an 800 px screen. */
    static final long MAX_HEADER_PX = 160;

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(true);
        browser.driver.manage().window().setSize(PHONE);
    }

    @AfterEach
    void forgetTheConversation() {
        browser.driver.manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "accessible"})
    void each_new_answer_starts_at_the_top_of_the_screen_with_focus_on_its_heading(String mode) {
        browser.open(base, "/?lang=zh&mode=" + mode);
        for (int asked = 1; asked <= 2; asked++) {
            WebElement box = browser.byRole("textbox", "您的问题");
            box.clear();
            box.sendKeys(asked == 1 ? "上诉期限是多少天？" : "怎么申请法律援助？");
            browser.byRole("button", "提问").click();
            int answers = asked;
            browser.waiting()
                    .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#transcript article"), answers));
            browser.waiting()
                    .until(d -> "answer-heading".equals(browser.focused().getDomAttribute("class")));

            Map<?, ?> box2 = rect("#latest-answer");
            long viewport = ((Number) browser.driver.executeScript("return window.innerHeight;")).longValue();
            long top = number(box2, "top");
            assertThat(top)
                    .as("%s: the new answer's top edge, in a %d px high screen (answer %d)", mode, viewport, asked)
                    .isBetween(0L, viewport / 10);
            assertThat(number(rect("#latest-answer .answer-heading"), "bottom")).isLessThan(viewport / 4);
            assertThat(browser.focused()
                            .findElement(By.xpath("ancestor::article"))
                            .getDomAttribute("id"))
                    .isEqualTo("latest-answer");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void the_accessible_header_is_compact_on_a_phone(String lang) {
        browser.open(base, "/?mode=accessible&lang=" + lang);
        long width = ((Number) browser.driver.executeScript("return window.innerWidth;")).longValue();
        long height = number(rect(".site-header"), "height");
        System.out.printf("accessible header at %d px wide (%s): %d px%n", width, lang, height);

        assertThat(height).as("header height at %d px wide (%s)", width, lang).isLessThanOrEqualTo(MAX_HEADER_PX);
        // compact, not cut: every control of the header is still on the screen and usable
        for (WebElement control : browser.driver.findElements(By.cssSelector(".site-header a, .site-header button"))) {
            assertThat(control.isDisplayed()).as(browser.describe(control)).isTrue();
            assertThat(control.getSize().getHeight())
                    .as("target size of %s", browser.describe(control))
                    .isGreaterThanOrEqualTo(24);
        }
        assertThat(browser.axeViolations())
                .as("axe on the compact header (%s)", lang)
                .isEmpty();
        assertThat(browser.horizontalOverflowAt(360)).isLessThanOrEqualTo(0);
        browser.driver.manage().window().setSize(PHONE);
    }

    private static Map<?, ?> rect(String selector) {
        return (Map<?, ?>) browser.driver.executeScript(
                "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + "return {top: r.top, bottom: r.bottom, height: r.height};",
                selector);
    }

    private static long number(Map<?, ?> rect, String key) {
        return Math.round(((Number) rect.get(key)).doubleValue());
    }
}
