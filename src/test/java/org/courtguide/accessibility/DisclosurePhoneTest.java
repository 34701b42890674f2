package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * On a 360 px phone the sources table of the disclosure broke its dates into "20/24-/01-/01" and its status into
 * "val/id". Every date and status cell must stay on one line, in both languages and both modes, without sideways
 * scrolling; the headline states the answer evaluation in words.
 */
@QuarkusTest
class DisclosurePhoneTest {

    /** The number of distinct lines each cell's text occupies, measured by the browser's layout. */
    private static final String LINES_PER_CELL = """
            return Array.from(document.querySelectorAll(arguments[0])).map(cell => {
              const range = document.createRange();
              range.selectNodeContents(cell);
              const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0)
                  .map(r => Math.round(r.top)));
              return {text: cell.textContent.trim(), lines: tops.size};
            });
            """;

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

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"zh, standard", "en, standard", "zh, accessible", "en, accessible"})
    void no_date_or_status_cell_wraps_at_360_px(String lang, String mode) {
        browser.driver.manage().window().setSize(new Dimension(360, 800));
        try {
            browser.open(base, "/disclosure?lang=" + lang + "&mode=" + mode);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver)
                    .executeScript(LINES_PER_CELL, "table.sources-table td.date, table.sources-table td.validity");

            assertThat(cells).as("date and status cells on the %s page", lang).hasSizeGreaterThan(10);
            assertThat(cells)
                    .allSatisfy(cell -> assertThat(((Number) cell.get("lines")).intValue())
                            .as("lines taken by \"%s\" (%s, %s)", cell.get("text"), lang, mode)
                            .isEqualTo(1));
            Object overflow = ((JavascriptExecutor) browser.driver)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).longValue())
                    .as("sideways scrolling at 360 px")
                    .isZero();
        } finally {
            browser.driver.manage().window().setSize(Browser.DESKTOP);
        }
    }
}
