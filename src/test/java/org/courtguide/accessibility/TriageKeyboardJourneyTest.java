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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole intake with the keyboard only, JavaScript off (the forms must not need it): from the start page to the
 * intake, through every step (with one Back on the way), consent and send, then withdraw with the reference and the
 * secret. At every stop focus is visible and Tab moves on.
 */
@QuarkusTest
class TriageKeyboardJourneyTest {

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(false);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void next() {
        browser.tabTo("Next", Browser.role("button", "Next"), 40);
        browser.press(Keys.ENTER);
    }

    private static void heading(String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), text));
    }

    @Test
    void a_keyboard_user_completes_the_intake_sends_it_and_withdraws_it() {
        browser.open(base, "/?lang=en&mode=standard");
        browser.tabTo(
                "the intake link", Browser.role("link", "Resolve a dispute: mediation, arbitration or court"), 40);
        browser.press(Keys.ENTER);

        // step 1: the first radio of the group takes focus; arrow keys choose within it
        heading("The dispute");
        browser.tabTo(
                "the first dispute type",
                Browser.role("radio", "Family (marriage, children, support, inheritance)"),
                30);
        browser.press(Keys.ARROW_DOWN);
        browser.press(Keys.ARROW_DOWN);
        assertThat(browser.driver.findElement(By.id("f-type-loans")).isSelected())
                .isTrue();
        browser.press(Keys.TAB);
        browser.focused().sendKeys("My friend borrowed 8,000 yuan and has not paid it back.");
        next();

        // step 2
        heading("The other side, the amount, where and when");
        browser.tabTo("the other party", Browser.role("radio", "A person"), 40);
        browser.press(Keys.SPACE);
        browser.tabTo("the amount", Browser.role("textbox", "Amount in dispute, in yuan (optional)"), 10);
        browser.focused().sendKeys("8000");
        browser.tabTo("the province", e -> "select".equals(e.getTagName()), 5);
        browser.focused().sendKeys("Beijing");
        next();

        // step 3, then Back and forward again: the answers are still there
        heading("What you have tried, and how urgent it is");
        browser.tabTo("Back", Browser.role("button", "Back"), 60);
        browser.press(Keys.ENTER);
        heading("The other side, the amount, where and when");
        assertThat(browser.driver.findElement(By.id("f-amount")).getDomProperty("value"))
                .isEqualTo("8000");
        next();
        heading("What you have tried, and how urgent it is");
        browser.tabTo("facts clear: yes", Browser.role("radio", "Yes"), 40);
        browser.press(Keys.SPACE);
        browser.tabTo("urgency", Browser.role("radio", "Not urgent"), 10);
        browser.press(Keys.SPACE);
        next();

        // step 4
        heading("Help you need and how to reach you");
        browser.tabTo("contact by email", Browser.role("radio", "By phone"), 40);
        browser.press(Keys.ARROW_DOWN);
        browser.tabTo(
                "the contact detail",
                Browser.role("textbox", "Phone number or email address (needed if you chose phone or email)"),
                10);
        browser.focused().sendKeys("someone@example.org");
        next();

        // the result: guidance with its basis, then consent and send
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("suggested-heading")));
        assertThat(browser.driver.findElement(By.cssSelector(".guidance-label")).getText())
                .startsWith("This is guidance, not a decision.");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".suggested .basis"))
                        .getText())
                .contains("Article");
        browser.tabTo(
                "the consent box",
                e -> "checkbox".equals(e.getAriaRole()) && "consent".equals(e.getDomAttribute("id")),
                120);
        browser.press(Keys.SPACE);
        browser.tabTo("Send", Browser.role("button", "Send my summary"), 5);
        browser.press(Keys.ENTER);

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
        String reference = browser.driver.findElement(By.id("reference")).getText();
        String secret = browser.driver.findElement(By.id("secret")).getText();
        assertThat(reference).startsWith("CG-");

        browser.tabTo("the withdraw link", Browser.role("link", "Withdraw my summary"), 40);
        browser.press(Keys.ENTER);
        browser.tabTo("reference", Browser.role("textbox", "Reference number"), 40);
        browser.focused().sendKeys(reference);
        browser.tabTo("secret", Browser.role("textbox", "Secret"), 5);
        browser.focused().sendKeys(secret);
        browser.tabTo("withdraw", Browser.role("button", "Withdraw and delete"), 5);
        browser.press(Keys.ENTER);
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("h1"), "Your summary was withdrawn"));
    }
}
