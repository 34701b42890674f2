package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.courtguide.answering.ModelProfile;
import org.courtguide.answering.OpenAiStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The intake pages that only exist with a model configured (the suggest button, proposals marked on the first and
 * second step), with the checks of {@link TriageAxePagesTest}. The remote model is {@link OpenAiStub}, the in-JVM
 * stand-in for an OpenAI-compatible server, because no real model can run here; it shares {@link ModelProfile} with
 * the other model tests so that Quarkus is not started once more.
 */
@QuarkusTest
@TestProfile(ModelProfile.class)
class TriageSuggestionsAxeTest {

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

    static Stream<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        for (String mode : List.of("standard", "accessible")) {
            for (String lang : List.of("zh", "en")) {
                for (String page : List.of("dispute-with-button", "dispute-suggested", "parties-suggested")) {
                    all.add(Arguments.of(page, mode, lang));
                }
            }
        }
        return all.stream();
    }

    private static void suggest(boolean zh) {
        OpenAiStub.reset();
        OpenAiStub.content(new JsonObject()
                .put("disputeType", "loans")
                .put("otherParty", "individual")
                .put("amountYuan", 20000)
                .put("province", "guangdong")
                .put("tried", new JsonArray().add("talked"))
                .encode());
        browser.driver.findElement(By.id("f-description")).sendKeys("李四借了我两万元，在广州，一直不还。");
        browser.byRole("button", zh ? "根据我的描述建议填写" : "Suggest answers from my description")
                .click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".proposal-note")));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pages")
    void has_no_wcag_2_2_aa_violations_and_reflows_at_320_px(String page, String mode, String lang) {
        browser.open(base, "/triage?lang=" + lang + "&mode=" + mode);
        boolean zh = lang.equals("zh");
        switch (page) {
            case "dispute-with-button" -> {}
            case "dispute-suggested" -> {
                suggest(zh);
                assertThat(browser.driver.findElements(By.id("f-type-suggested")))
                        .hasSize(1);
            }
            case "parties-suggested" -> {
                suggest(zh);
                browser.byRole("button", zh ? "下一步" : "Next").click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-amount-suggested")));
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
