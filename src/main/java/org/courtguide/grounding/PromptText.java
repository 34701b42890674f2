package org.courtguide.grounding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The answer prompts' own wording, to recognise an answer that repeats them: any run of {@value #RUN} words of a
 * prompt file found in a sentence. Read from the same classpath files the AI service sends.
 */
final class PromptText {

    static final int RUN = 6;
    private static final List<String> FILES =
            List.of("prompts/answer/system.md", "prompts/answer/plain.md", "prompts/answer/user.md");

    private final Set<String> runs;

    private PromptText(Set<String> runs) {
        this.runs = runs;
    }

    static PromptText load() {
        Set<String> runs = new HashSet<>();
        for (String file : FILES) {
            try (InputStream in = PromptText.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("prompt file missing from the classpath: " + file);
                }
                String text =
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("(?s)^\\{!.*?!\\}", "");
                List<String> words = words(text);
                for (int i = 0; i + RUN <= words.size(); i++) {
                    runs.add(String.join(" ", words.subList(i, i + RUN)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PromptText(runs);
    }

    boolean repeatedIn(String sentence) {
        List<String> words = words(sentence);
        for (int i = 0; i + RUN <= words.size(); i++) {
            if (runs.contains(String.join(" ", words.subList(i, i + RUN)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
