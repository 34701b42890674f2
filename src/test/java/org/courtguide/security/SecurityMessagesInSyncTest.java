package org.courtguide.security;

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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The security messages exist in both languages, with the same keys as {@link SecurityMessages}. */
class SecurityMessagesInSyncTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/messages", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void english_chinese_and_the_bundle_have_the_same_keys() throws IOException {
        Set<String> methods = Arrays.stream(SecurityMessages.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName)
                .collect(Collectors.toSet());
        Properties en = load("security_en.properties");
        Properties zh = load("security_zh.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(methods);
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(methods);
        assertThat(zh.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }
}
