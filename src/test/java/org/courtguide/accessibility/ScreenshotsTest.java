package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;

/**
 * A screenshot of an answered question in each mode and language, so that readers of {@code docs/} can see both
 * modes. Always written to {@code target/screenshots}; run with {@code -Dscreenshots.update=true} to refresh the
 * committed copies in {@code docs/screenshots}.
 */
@QuarkusTest
class ScreenshotsTest {

    static final Path TARGET = Path.of("target/screenshots");
    static final Path DOCS = Path.of("docs/screenshots");
    /** Keeps each image small enough to commit (about 300 KB at most). */
    static final int WIDTH = 960;

    static final int MAX_HEIGHT = 1500;

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

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({
        "standard,zh,怎么起诉？",
        "standard,en,How do I file a civil case?",
        "accessible,zh,怎么起诉？",
        "accessible,en,How do I file a civil case?"
    })
    void writes_a_screenshot_of_an_answer(String mode, String lang, String question) throws IOException {
        browser.driver.manage().window().setSize(new Dimension(WIDTH, 900));
        // each screenshot is of a new conversation: the conversation page keeps every earlier answer
        browser.driver.manage().deleteAllCookies();
        browser.open(
                base,
                "/ask?lang=" + lang + "&mode=" + mode + "&q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
        assertThat(browser.driver.findElements(By.cssSelector("article.answer")))
                .hasSize(1);
        long height = ((Number) ((JavascriptExecutor) browser.driver)
                        .executeScript("return document.documentElement.scrollHeight;"))
                .longValue();
        browser.driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height, MAX_HEIGHT)));

        byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
        browser.driver.manage().window().setSize(Browser.DESKTOP);

        Path file = TARGET.resolve(mode + "-" + lang + ".png");
        Files.createDirectories(TARGET);
        Files.write(file, png);
        assertThat(png.length).as("size of %s", file).isLessThan(400_000);
        if (Boolean.getBoolean("screenshots.update")) {
            Files.createDirectories(DOCS);
            Files.copy(file, DOCS.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
