package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a reader sees of the type, measured in Chromium: a radio button's label beside it (a global label margin put
 * it 16 px below), a proposed path's section in normal weight with only its heading bold, the echoed question upright
 * (italic slants Chinese), a wrapped link's list number beside its first line, and the main navigation set apart from
 * the utility links.
 */
@QuarkusTest
class TypographyTest {

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

    @AfterEach
    void desktop() {
        browser.driver.manage().window().setSize(Browser.DESKTOP);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, args);
    }

    private double number(String js, Object... args) {
        return ((Number) script(js, args)).doubleValue();
    }

    @Test
    void radio_and_checkbox_labels_sit_beside_their_controls() {
        browser.open(base, "/triage?lang=zh&mode=standard");
        List<WebElement> choices = browser.driver.findElements(By.cssSelector(".intake-choice"));
        assertThat(choices).isNotEmpty();
        for (WebElement choice : choices) {
            double offset = number(
                    "const c = arguments[0]; return c.querySelector('label').getBoundingClientRect().top"
                            + " - c.querySelector('input').getBoundingClientRect().top;",
                    choice);
            assertThat(offset).as("label below its control by").isLessThan(6);
        }
    }

    @Test
    void the_echoed_question_is_upright() {
        browser.open(base, "/ask?lang=zh&q=" + "怎么起诉？");
        WebElement asked = browser.driver.findElement(By.cssSelector(".asked q"));
        assertThat(asked.getCssValue("font-style")).isEqualTo("normal");
    }

    @Test
    void only_the_heading_of_the_suggested_path_is_bold() {
        browser.open(base, "/triage?lang=zh&mode=standard");
        postFromPage("/triage", intake());
        WebElement section = browser.driver.findElement(By.cssSelector("section.suggested"));
        assertThat(Integer.parseInt(section.findElement(By.cssSelector("h2")).getCssValue("font-weight")))
                .isGreaterThanOrEqualTo(700);
        for (WebElement paragraph : section.findElements(By.cssSelector("p"))) {
            assertThat(paragraph.getCssValue("font-weight"))
                    .as("weight of \"%s\"", paragraph.getText())
                    .isEqualTo("400");
        }
    }

    @Test
    void a_wrapped_link_keeps_its_list_number_beside_its_first_line() {
        browser.driver.manage().window().setSize(new Dimension(360, 800));
        browser.open(base, "/guides?lang=zh&q=" + "上诉期限 判决书送达");
        // the marker sits on the first line box's baseline: a zero-size probe put before the link marks that line
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) script("""
                return Array.from(document.querySelectorAll('ol.guide-list > li')).map(li => {
                  const link = li.querySelector('a');
                  const probe = document.createElement('span');
                  probe.textContent = '\\u200b';
                  li.insertBefore(probe, li.firstChild);
                  const line = parseFloat(getComputedStyle(link).lineHeight);
                  const r = link.getBoundingClientRect(), p = probe.getBoundingClientRect();
                  probe.remove();
                  return {text: link.textContent, wrapped: r.height > 1.5 * line, probe: p.top - r.top, line: line};
                });
                """);
        List<Map<String, Object>> wrapped = items.stream()
                .filter(i -> Boolean.TRUE.equals(i.get("wrapped")))
                .toList();
        assertThat(wrapped).as("result links that wrap at 360 px").isNotEmpty();
        assertThat(wrapped)
                .allSatisfy(i -> assertThat(((Number) i.get("probe")).doubleValue())
                        .as("number of \"%s\" from the link's top", i.get("text"))
                        .isLessThan(((Number) i.get("line")).doubleValue()));
    }

    @Test
    void the_main_navigation_looks_different_from_the_utility_links() {
        browser.open(base, "/?lang=zh&mode=standard");
        WebElement main = browser.driver.findElement(By.cssSelector("nav.site-nav a"));
        WebElement utility = browser.driver.findElement(By.cssSelector("nav.utility-nav a"));

        assertThat(Integer.parseInt(main.getCssValue("font-weight"))).isGreaterThanOrEqualTo(700);
        assertThat(Integer.parseInt(utility.getCssValue("font-weight"))).isLessThan(700);
        assertThat(main.getCssValue("background-color")).isNotEqualTo(utility.getCssValue("background-color"));
        assertThat(main.getCssValue("border-top-style")).isNotEqualTo(utility.getCssValue("border-top-style"));
    }

    private static Map<String, List<String>> intake() {
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
        form.put("step", List.of("needs"));
        form.put("go", List.of("next"));
        return form;
    }

    /** Posts the answers as the page's own form would (with its form token) and waits for the next page. */
    private void postFromPage(String action, Map<String, List<String>> fields) {
        Object body = script("return document.body;");
        script("""
                const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];
                const token = document.querySelector('input[name="csrf-token"]');
                if (token) { f.appendChild(token.cloneNode()); }
                const d = arguments[1];
                for (const k of Object.keys(d)) { for (const v of d[k]) {
                  const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); } }
                document.body.appendChild(f); f.submit();
                """, action, fields);
        browser.waiting().until(ExpectedConditions.stalenessOf((WebElement) body));
    }
}
