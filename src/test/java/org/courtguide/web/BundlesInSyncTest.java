package org.courtguide.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each feature's own message bundle: its English and Chinese files have the same keys, each a non-empty value, and
 * each key a method of the bundle interface (a missing translation would show a key, or fail the page, in one language).
 */
class BundlesInSyncTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "admission, org.courtguide.grounding.AdmissionMessages",
        "security, org.courtguide.security.SecurityMessages",
        "triage, org.courtguide.triage.TriageMessages",
        "understanding, org.courtguide.understanding.UnderstandingMessages"
    })
    void english_and_chinese_have_the_same_keys_and_every_bundle_method(String bundle, String type)
            throws IOException, ClassNotFoundException {
        Properties en = load(bundle + "_en.properties");
        Properties zh = load(bundle + "_zh.properties");
        Set<String> methods = Arrays.stream(Class.forName(type).getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(methods);
        assertThat(methods).allSatisfy(key -> {
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
        });
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/messages", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
