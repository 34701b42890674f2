package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.courtguide.conversation.Feedback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * With JavaScript on: answers added in place stay in the conversation (a reload shows every one), and "Not helpful"
 * is recorded without leaving the page.
 */
@QuarkusTest
class ConversationTranscriptTest {

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
    void two_answers_survive_a_reload_and_not_helpful_is_stored_without_leaving_the_page() {
        browser.open(base, "/?lang=zh");
        ask("上诉期限是多少天？", 1);
        ask("怎么申请法律援助？", 2);

        browser.driver.navigate().refresh();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#transcript article"), 2));
        assertThat(questions()).containsExactly("上诉期限是多少天？", "怎么申请法律援助？");

        WebElement first = browser.driver
                .findElements(By.cssSelector("#transcript article"))
                .get(0);
        String traceId =
                first.findElement(By.cssSelector("input[name=traceId]")).getDomProperty("value");
        String page = browser.driver.getCurrentUrl();
        first.findElement(By.xpath(".//button[normalize-space()='没有帮助']")).click();

        WebElement thanks = first.findElement(By.cssSelector(".feedback-status"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(thanks, "您的反馈有助于法院改进这项服务。"));
        assertThat(browser.driver.getCurrentUrl())
                .as("still on the conversation")
                .isEqualTo(page);
        assertThat(questions()).as("both answers still there").containsExactly("上诉期限是多少天？", "怎么申请法律援助？");
        assertThat(browser.focused())
                .as("focus on the thanks, not lost with the pressed button")
                .isEqualTo(thanks);
        List<Feedback> stored =
                QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>list("traceId", traceId));
        assertThat(stored).singleElement().satisfies(f -> {
            assertThat(f.helpful).isFalse();
            assertThat(f.wrongAnswer).isFalse();
        });
        assertThat(browser.axeViolations())
                .as("axe on the conversation with the thanks in place")
                .isEmpty();
    }

    private static void ask(String question, int answers) {
        WebElement box = browser.byRole("textbox", "您的问题");
        box.clear();
        box.sendKeys(question);
        browser.byRole("button", "提问").click();
        browser.waiting()
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#transcript article"), answers));
    }

    private static List<String> questions() {
        return browser.driver.findElements(By.cssSelector("#transcript article q")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
