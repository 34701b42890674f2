package org.courtguide.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/guides", "/guides/filing-zh?lang=en", "/ask?q=%E6%80%8E%E4%B9%88", "/help#exit"})
    void keeps_a_path_on_this_site(String path) {
        assertThat(ReturnPath.safe(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/x",
                "/\\evil.example",
                "\\\\evil.example",
                "javascript:alert(1)",
                "guides",
                "/%0d%0aSet-Cookie:x=1",
                " /guides",
                "/a\nb",
                "http:/evil"
            })
    void sends_anything_else_home(String candidate) {
        String safe = ReturnPath.safe(candidate);
        assertThat(safe)
                .startsWith("/")
                .doesNotStartWith("//")
                .doesNotContain("evil")
                .doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource({"accessible,ACCESSIBLE", "ACCESSIBLE,ACCESSIBLE", "standard,STANDARD"})
    void parses_modes(String value, DisplayMode expected) {
        assertThat(DisplayMode.parse(value)).contains(expected);
    }
}
