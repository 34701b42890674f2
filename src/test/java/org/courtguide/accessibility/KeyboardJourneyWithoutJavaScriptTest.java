package org.courtguide.accessibility;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same keyboard-only journey as {@link KeyboardJourneyTest} with JavaScript switched off in the browser. */
@QuarkusTest
class KeyboardJourneyWithoutJavaScriptTest {

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

    @Test
    void the_same_journey_works_without_javascript() {
        KeyboardJourneyTest.KeyboardJourney.walk(browser, base, false);
    }
}
