package org.courtguide.web;

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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every visible string lives in both message files (PetClinic's I18nPropertiesSyncTest, for Qute): the files have
 * the same keys, every {@link Messages} method has a key in each, and templates contain no literal text, only
 * message expressions, data and punctuation.
 */
class MessagesInSyncTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Qute expressions and section tags: {msg:key}, {#if x}, {/if}, {! comment !} … */
    private static final Pattern QUTE = Pattern.compile("\\{[^{}]*\\}");
    /** What may stand between expressions: space, punctuation, separators such as › and ·. */
    private static final Pattern NOT_WORDS = Pattern.compile("[\\s\\p{Punct}›·–—…：，。、]*");
    /** Attributes whose value is read out or shown to people. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of(
            "aria-label",
            "title",
            "alt",
            "placeholder",
            "value",
            "aria-description",
            "data-working",
            "data-start",
            "data-stop");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        Set<String> en = new TreeSet<>(load("msg_en.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(load("msg_zh.properties").stringPropertyNames());

        assertThat(difference(en, zh))
                .as("keys in msg_en.properties missing from msg_zh.properties")
                .isEmpty();
        assertThat(difference(zh, en))
                .as("keys in msg_zh.properties missing from msg_en.properties")
                .isEmpty();
    }

    @Test
    void every_message_of_the_bundle_is_in_both_files() throws IOException {
        Properties en = load("msg_en.properties");
        Properties zh = load("msg_zh.properties");
        List<String> missing = new ArrayList<>();
        for (Method method : Messages.class.getDeclaredMethods()) {
            if (!method.isAnnotationPresent(Message.class)) {
                continue;
            }
            for (Properties file : List.of(en, zh)) {
                String value = file.getProperty(method.getName());
                if (value == null || value.isBlank()) {
                    missing.add(method.getName() + (file == en ? " (en)" : " (zh)"));
                }
            }
        }
        assertThat(missing).as("Messages methods without a non-empty value").isEmpty();
    }

    @Test
    void the_model_bundle_has_every_message_in_both_languages() throws IOException {
        Properties en = load("model_en.properties");
        Properties zh = load("model_zh.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        List<String> missing = new ArrayList<>();
        for (Method method : org.courtguide.answering.ModelMessages.class.getDeclaredMethods()) {
            if (!method.isAnnotationPresent(Message.class)) {
                continue;
            }
            for (Properties file : List.of(en, zh)) {
                String value = file.getProperty(method.getName());
                if (value == null || value.isBlank()) {
                    missing.add(method.getName() + (file == en ? " (en)" : " (zh)"));
                }
            }
        }
        assertThat(missing)
                .as("ModelMessages methods without a non-empty value")
                .isEmpty();
    }

    @Test
    void templates_contain_no_literal_text() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(withoutQute(Files.readString(file)));
                for (Element element : html.getAllElements()) {
                    for (TextNode text : element.textNodes()) {
                        if (!NOT_WORDS.matcher(text.text()).matches()) {
                            literals.add(TEMPLATES.relativize(file) + ": \""
                                    + text.text().strip() + "\"");
                        }
                    }
                    for (Attribute attribute : element.attributes()) {
                        // a button's value and a hidden field's value are sent, never shown
                        boolean submittedOnly = attribute.getKey().equals("value")
                                && (element.tagName().equals("button")
                                        || element.attr("type").equals("hidden"));
                        if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                                && !submittedOnly
                                && !NOT_WORDS.matcher(attribute.getValue()).matches()) {
                            literals.add(TEMPLATES.relativize(file) + ": " + attribute.getKey() + "=\""
                                    + attribute.getValue() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(literals)
                .as("literal text in templates; put it in the message files")
                .isEmpty();
    }

    @Test
    void the_literal_check_catches_literal_text() {
        Document html = Jsoup.parse(withoutQute("<p>{msg:ask_label} › Hello</p>"));
        assertThat(NOT_WORDS.matcher(html.selectFirst("p").text()).matches()).isFalse();
    }

    private static String withoutQute(String template) {
        String previous;
        String current = template;
        do {
            previous = current;
            current = QUTE.matcher(current).replaceAll("");
        } while (!current.equals(previous));
        return current;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
