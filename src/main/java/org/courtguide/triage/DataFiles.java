package org.courtguide.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.courtguide.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the intake's YAML data: the configured file if it exists, else the copy the build packages under
 * {@code triage/} on the classpath. Also the few typed reads the three files share.
 */
final class DataFiles {

    private DataFiles() {}

    /** A loaded file and where it came from (for messages). */
    record Loaded(Map<?, ?> root, String source) {}

    static Loaded load(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Triage data " + file + " unreadable", e);
            }
        }
        String classpath = "triage/" + file.getFileName();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(classpath)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Triage data " + file + " not found, nor on the classpath at " + classpath);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + classpath);
        } catch (IOException e) {
            throw new UncheckedIOException("Triage data unreadable on the classpath: " + classpath, e);
        }
    }

    static Loaded parse(String yaml, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Triage data " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException("Triage data " + source + " must be a YAML mapping");
        }
        return new Loaded(map, source);
    }

    static Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalStateException(what + " must be a mapping");
    }

    static List<?> list(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalStateException(what + " must be a list");
    }

    /** YAML 1.1 reads unquoted yes/no as booleans; the rules mean the words. */
    static String word(Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value == null ? "" : String.valueOf(value).strip();
    }

    static String required(Map<?, ?> map, String key, String what) {
        String value = word(map.get(key));
        if (value.isEmpty()) {
            throw new IllegalStateException(what + ": '" + key + "' is missing");
        }
        return value;
    }

    static BigDecimal number(Object value, String what) {
        if (value == null || word(value).isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(word(value));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(what + ": '" + value + "' is not a number");
        }
    }

    /** A {zh, en} pair, both required. */
    static Map<Language, String> texts(Object value, String what) {
        Map<?, ?> map = map(value, what);
        return Map.of(Language.ZH, required(map, "zh", what), Language.EN, required(map, "en", what));
    }

    /** A {zh: [..], en: [..]} pair of lists. */
    static Map<Language, List<String>> textLists(Object value, String what) {
        Map<?, ?> map = map(value, what);
        return Map.of(
                Language.ZH,
                list(map.get("zh"), what + ".zh").stream().map(DataFiles::word).toList(),
                Language.EN,
                list(map.get("en"), what + ".en").stream().map(DataFiles::word).toList());
    }
}
