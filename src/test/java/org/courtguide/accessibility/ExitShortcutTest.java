package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Pressing Shift three times exits at once; any other key in between starts the count again. */
@QuarkusTest
class ExitShortcutTest {

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
    void shift_pressed_three_times_leaves_for_the_neutral_page() {
        browser.open(base, "/guides?lang=en");

        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);

        browser.waiting().until(ExpectedConditions.urlContains("/left"));
        assertThat(browser.driver.getTitle()).contains("You have left");
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
}
