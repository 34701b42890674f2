package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Optional;
import org.courtguide.staff.CaseFile;
import org.courtguide.staff.CaseItem;
import org.courtguide.staff.CaseService;
import org.courtguide.staff.QueueFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The last step of the intake in Chromium, as a person uses it: the redaction choice on screen is the one that is
 * sent, hiding is the default, and the summary shown before sending is the one the mediation centre receives (read back
 * through the staff case service, as a mediator would open it).
 */
@QuarkusTest
class TriageSendChoiceBrowserTest {

    static final String DESCRIPTION = "My name is John Smith, phone +86 139 1234 5678. Li Lei borrowed 18,000 yuan"
            + " from me and has not paid it back.";

    @TestHTTPResource("/")
    URL base;

    @Inject
    CaseService staffCases;

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

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void next() {
        clickAndWaitForTheNextPage(browser.byRole("button", "Next"));
    }

    /** Clicks a button that posts a form and waits until the page it leads to has loaded. */
    private static void clickAndWaitForTheNextPage(WebElement button) {
        JavascriptExecutor js = browser.driver;
        js.executeScript("window.__previousPage = true;");
        button.click();
        browser.waiting()
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(
                        js.executeScript("return !window.__previousPage && document.readyState === 'complete';")));
    }

    /** Steps 1 to 4 through the real form, with personal details in the description. */
    private void fillInTheIntake() {
        browser.open(base, "/triage?lang=en&mode=standard");
        byId("f-type-loans").click();
        byId("f-description").sendKeys(DESCRIPTION);
        next();
        byId("f-other-party-individual").click();
        byId("f-amount").sendKeys("18000");
        new Select(byId("f-province")).selectByValue("unknown");
        next();
        byId("f-facts-yes").click();
        byId("f-urgency-normal").click();
        next();
        byId("f-contact-email").click();
        byId("f-contact-detail").sendKeys("someone@example.org");
        next();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary-heading")));
    }

    private String shownDescription() {
        return browser.driver.findElements(By.cssSelector("dl.summary-version")).stream()
                .filter(WebElement::isDisplayed)
                .map(dl -> dl.findElement(By.xpath("dt[normalize-space()='What happened']/following-sibling::dd[1]"))
                        .getText())
                .reduce((a, b) -> a + " | " + b)
                .orElse("");
    }

    private String send() {
        byId("consent").click();
        clickAndWaitForTheNextPage(browser.byRole("button", "Send my summary"));
        return byId("reference").getText();
    }

    private String storedSummary(String reference) {
        QueueFilter byReference = new QueueFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.of(reference),
                QueueFilter.Scope.ALL,
                false,
                QueueFilter.Sort.PRIORITY,
                false,
                1);
        Optional<CaseItem> item = staffCases.queue(byReference, "test-mediator").items().stream()
                .filter(c -> c.reference().equals(reference))
                .findFirst();
        assertThat(item).as("case %s in the mediators' queue", reference).isPresent();
        CaseFile file = staffCases.open(item.get().id(), "test-mediator");
        return file.summary().toString();
    }

    @Test
    void choosing_to_hide_personal_details_and_pressing_send_stores_the_summary_without_them() {
        fillInTheIntake();
        // the person clicks the hiding option and sends straight away, without "Show this version"
        byId("f-redact-yes").click();
        String shown = shownDescription();
        assertThat(shown)
                .doesNotContain("John Smith")
                .doesNotContain("1234 5678")
                .contains("has not paid it back");

        String reference = send();
        assertThat(browser.byRole("button", "Print this page").isDisplayed()).isTrue();
        assertThat(byId("sent").getText()).contains(shown);

        String stored = storedSummary(reference);
        assertThat(stored)
                .doesNotContain("John Smith")
                .doesNotContain("139 1234 5678")
                .doesNotContain("13912345678")
                .contains(shown)
                .contains("\"redacted\":true");
    }

    @Test
    void the_summary_on_screen_follows_the_choice_before_show_this_version_is_pressed() {
        fillInTheIntake();
        assertThat(byId("f-redact-yes").isSelected())
                .as("hiding personal details is the default")
                .isTrue();
        assertThat(shownDescription()).doesNotContain("John Smith");
        byId("f-redact-no").click();
        assertThat(shownDescription())
                .as("the version that Send would now send")
                .isEqualTo(DESCRIPTION);
        byId("f-redact-yes").click();
        assertThat(shownDescription()).doesNotContain("John Smith");
    }

    @Test
    void show_this_version_comes_back_to_the_summary_with_focus_on_it() {
        fillInTheIntake();
        byId("f-redact-no").click();
        clickAndWaitForTheNextPage(browser.byRole("button", "Show this version"));
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("summary-heading");
        Number top = (Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById('summary-heading').getBoundingClientRect().top;");
        assertThat(top.doubleValue())
                .as("the summary is at the top of the window, not the page start")
                .isBetween(-1.0, 200.0);
        assertThat(byId("f-redact-no").isSelected()).isTrue();
        assertThat(shownDescription()).isEqualTo(DESCRIPTION);
    }

    @Test
    void an_error_moves_focus_to_the_error_summary_and_the_title_says_error_in_english_and_chinese() {
        browser.open(base, "/triage?lang=en&mode=standard");
        next();
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        assertThat(browser.focused().getDomAttribute("class")).contains("error-summary");
        assertThat(browser.focused().getText()).contains("Please choose what the dispute is about.");

        browser.open(base, "/triage?lang=zh&mode=accessible");
        clickAndWaitForTheNextPage(browser.byRole("button", "下一步"));
        assertThat(browser.driver.getTitle()).startsWith("错误：");
        assertThat(browser.focused().getDomAttribute("class")).contains("error-summary");

        // a page without errors keeps the plain title
        browser.open(base, "/triage?lang=en&mode=standard");
        assertThat(browser.driver.getTitle()).doesNotContain("Error");
    }
}
