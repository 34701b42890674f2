package org.courtguide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The staff bundle in English and Chinese: same keys, and a non-empty value for every {@link StaffMessages} method. */
class StaffMessagesInSyncTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/messages", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        Set<String> en = new TreeSet<>(load("staff_en.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(load("staff_zh.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);

        assertThat(onlyEn).as("keys missing from staff_zh.properties").isEmpty();
        assertThat(onlyZh).as("keys missing from staff_en.properties").isEmpty();
    }

    @Test
    void every_message_has_a_value_in_both_languages() throws IOException {
        Properties en = load("staff_en.properties");
        Properties zh = load("staff_zh.properties");
        List<String> missing = new ArrayList<>();
        for (Method method : StaffMessages.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Message.class)) {
                for (Properties file : List.of(en, zh)) {
                    String value = file.getProperty(method.getName());
                    if (value == null || value.isBlank()) {
                        missing.add(method.getName() + (file == en ? " (en)" : " (zh)"));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
