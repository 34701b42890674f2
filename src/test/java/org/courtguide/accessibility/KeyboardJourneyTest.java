package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The keyboard-only journey with JavaScript on: Tab to the question box, ask, reach the answer and a citation,
 * follow it, come back, switch to accessible mode, exit. No mouse; at every stop focus is visible and Tab moves on.
 * {@link KeyboardJourneyWithoutJavaScriptTest} walks the same journey with JavaScript off.
 */
@QuarkusTest
class KeyboardJourneyTest {

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

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

    @Test
    void a_keyboard_user_asks_follows_a_citation_comes_back_switches_mode_and_exits() {
        KeyboardJourney.walk(browser, base, true);
    }

    /** What both journeys do; only how the answer arrives differs (in place with a script, a new page without). */
    static final class KeyboardJourney {

        private KeyboardJourney() {}

        static void walk(Browser browser, URL base, boolean javascript) {
            browser.open(base, "/?lang=en&mode=standard");

            browser.tabTo("the question box", Browser.role("textbox", "Your question"), 20);
            browser.focused().sendKeys("How long do I have to appeal a judgment?");
            browser.tabTo("the Ask button", Browser.role("button", "Ask"), 3);
            browser.press(Keys.ENTER);

            if (javascript) {
                // the answer is added in place and focus moves to its heading
                browser.waiting()
                        .until(d -> "Answer"
                                        .equals(Browser.normalise(
                                                browser.focused().getAccessibleName()))
                                && "heading".equals(browser.focused().getAriaRole()));
                assertThat(browser.driver.getCurrentUrl()).doesNotContain("/ask");
                assertThat(browser.byRole("status", "").getText())
                        .as("the working status is cleared")
                        .isEmpty();
            } else {
                // a new page, scrolled to the answer: the next Tab starts from there
                browser.waiting().until(ExpectedConditions.urlContains("/conversation#latest-answer"));
            }
            assertThat(browser.byRole("log", "Answers").findElements(By.cssSelector("article")))
                    .hasSize(1);
            browser.byRole("link", "Jump to the latest answer");

            WebElement citation = browser.tabTo(
                    "a cited source",
                    e -> "link".equals(e.getAriaRole())
                            && e.getDomAttribute("href") != null
                            && e.getDomAttribute("href").startsWith("/guides/")
                            && !e.findElements(By.xpath("ancestor::ol[contains(@class,'sources')]"))
                                    .isEmpty(),
                    12);
            String href = citation.getDomAttribute("href");
            browser.press(Keys.ENTER);

            browser.waiting().until(ExpectedConditions.urlContains(href));
            String anchor = href.substring(href.indexOf('#') + 1);
            assertThat(browser.driver.findElements(By.id(anchor)))
                    .as("the cited section")
                    .hasSize(1);

            browser.driver.navigate().back();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("question")));
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");

            browser.tabTo("the accessible-mode switch", Browser.role("link", "Accessible mode"), 20);
            browser.press(Keys.ENTER);
            browser.waiting()
                    .until(ExpectedConditions.attributeContains(By.tagName("body"), "class", "mode-accessible"));
            assertThat(browser.driver.manage().getCookieNamed("cg_mode").getValue())
                    .isEqualTo("accessible");
            assertThat(browser.byRole("link", "Standard mode")).isNotNull();

            browser.tabTo("the Exit button", Browser.role("button", "Exit / 退出"), 12);
            browser.press(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.urlContains("/left"));
            assertThat(browser.byRole("heading", "Home cooking: tomato and egg stir-fry"))
                    .as("the neutral page")
                    .isNotNull();
            assertThat(browser.driver.manage().getCookieNamed("cg_mode"))
                    .as("Exit clears the mode cookie")
                    .isNull();
        }
    }
}
