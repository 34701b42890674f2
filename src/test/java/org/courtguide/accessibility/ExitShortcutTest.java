package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.courtguide.conversation.Conversation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pressing Shift three times exits at once, but only outside the fields one types in and never while an input method
 * composes (Chinese input methods switch between Chinese and English with Shift); any other key in between starts the
 * count again.
 */
@QuarkusTest
class ExitShortcutTest {

    /** Long enough for a wrongly triggered exit to navigate, so that "no exit" assertions can fail. */
    private static final long NO_EXIT_WAIT_MS = 2500;

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
    void shift_pressed_three_times_outside_a_field_leaves_for_the_neutral_page_and_erases_the_conversation() {
        browser.open(base, "/?lang=en");
        WebElement box = browser.byRole("textbox", "Your question");
        box.sendKeys("How long do I have to appeal a judgment?");
        browser.byRole("button", "Ask").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#transcript article")));
        String cookie = browser.driver.manage().getCookieNamed("cg_conv").getValue();
        String conversationId = cookie.substring(0, cookie.indexOf('.'));
        assertThat(conversations(conversationId)).isEqualTo(1);
        browser.driver.findElement(By.tagName("h1")).click(); // out of the field

        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);

        browser.waiting().until(ExpectedConditions.urlContains("/left"));
        assertThat(browser.driver.getTitle()).isEqualTo("Home cooking: tomato and egg stir-fry");
        assertThat(browser.driver.manage().getCookieNamed("cg_conv")).isNull();
        assertThat(conversations(conversationId))
                .as("the script's post erased the conversation")
                .isZero();
    }

    @Test
    void shift_pressed_three_times_while_typing_a_question_does_not_exit() throws InterruptedException {
        browser.open(base, "/?lang=zh");
        WebElement box = browser.byRole("textbox", "您的问题");
        box.click();
        box.sendKeys("我想问");

        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        box.sendKeys("上诉期限");
        Thread.sleep(NO_EXIT_WAIT_MS);

        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/left").doesNotContain("/exit");
        assertThat(box.getDomProperty("value")).isEqualTo("我想问上诉期限");
    }

    @Test
    void shift_during_input_method_composition_does_not_exit_and_counts_again_after_it() throws InterruptedException {
        browser.open(base, "/guides?lang=zh");
        JavascriptExecutor js = browser.driver;
        js.executeScript(
                "document.body.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true, data: ''}));");

        // Shift while the input method composes: real key presses, and the events an input method sends
        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        js.executeScript("""
                for (var i = 0; i < 3; i++) {
                  document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', bubbles: true, isComposing: true}));
                }""");
        Thread.sleep(NO_EXIT_WAIT_MS);
        assertThat(browser.driver.getCurrentUrl())
                .as("no exit during composition")
                .contains("/guides");

        js.executeScript(
                "document.body.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '诉'}));");
        // an input method's keydown reports keyCode 229 even outside a composition event
        js.executeScript("""
                for (var i = 0; i < 3; i++) {
                  var e = new KeyboardEvent('keydown', {key: 'Shift', bubbles: true});
                  Object.defineProperty(e, 'keyCode', {get: function () { return 229; }});
                  document.body.dispatchEvent(e);
                }""");
        Thread.sleep(NO_EXIT_WAIT_MS);
        assertThat(browser.driver.getCurrentUrl()).as("no exit on keyCode 229").contains("/guides");

        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        browser.waiting().until(ExpectedConditions.urlContains("/left"));
        assertThat(browser.driver.getTitle()).isEqualTo("家常菜：番茄炒蛋");
    }

    @Test
    void another_key_between_the_shifts_resets_the_count() throws InterruptedException {
        browser.open(base, "/guides?lang=en");

        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        browser.press("a");
        browser.press(Keys.SHIFT);
        Thread.sleep(500); // give a wrongly triggered exit the time to navigate, so the assertion below can fail

        assertThat(browser.driver.getCurrentUrl()).contains("/guides");
    }

    private static long conversations(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Conversation.count("id", id));
    }
}
