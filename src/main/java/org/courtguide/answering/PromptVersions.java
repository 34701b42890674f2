package org.courtguide.answering;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions in the prompt files' headers, read once from the same classpath files the AI services use, so the
 * version recorded with an answer is the one of the text that was sent.
 */
@ApplicationScoped
public class PromptVersions {

    private static final Pattern VERSION = Pattern.compile("(?m)^version:\\s*(\\S+)\\s*$");

    private final String standard;
    private final String plain;

    PromptVersions() {
        String user = of("prompts/answer/user.md");
        this.standard = of("prompts/answer/system.md") + "+" + user;
        this.plain = of("prompts/answer/plain.md") + "+" + user;
    }

    /** e.g. {@code answer-2026.11-1+user-2026.11-1}: the system and user prompt versions of the standard answer. */
    public String standard() {
        return standard;
    }

    public String plain() {
        return plain;
    }

    static String of(String resource) {
        try (InputStream in = PromptVersions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("prompt file missing from the classpath: " + resource);
            }
            Matcher m = VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("prompt file without a version header: " + resource);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
