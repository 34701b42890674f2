package org.courtguide.triage;

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
import org.junit.jupiter.api.Test;

/** The intake's own bundle: both files have the same keys, each a non-empty value, and each a bundle method. */
class TriageMessagesInSyncTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/messages", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void english_and_chinese_have_the_same_keys_and_every_bundle_method() throws IOException {
        Properties en = load("triage_en.properties");
        Properties zh = load("triage_zh.properties");
        Set<String> methods = Arrays.stream(TriageMessages.class.getDeclaredMethods())
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
}
