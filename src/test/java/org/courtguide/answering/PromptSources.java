package org.courtguide.answering;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered sources of a chat request as the stub model sees them, so a test can write the reply a model would
 * write to these very sources: cite the one that states a fact, or one that does not.
 */
public record PromptSources(List<String> texts, String question) {

    private static final Pattern SOURCE =
            Pattern.compile("<source id=\"(\\d+)\">\n[^\n]*\n(.*?)\n</source>", Pattern.DOTALL);
    private static final Pattern QUESTION = Pattern.compile("<question>(.*?)</question>", Pattern.DOTALL);

    public static PromptSources of(JsonObject request) {
        String user = request.getJsonArray("messages").stream()
                .map(JsonObject.class::cast)
                .filter(m -> "user".equals(m.getString("role")))
                .map(m -> m.getString("content"))
                .findFirst()
                .orElse("");
        List<String> texts = new ArrayList<>();
        Matcher m = SOURCE.matcher(user);
        while (m.find()) {
            texts.add(m.group(2));
        }
        Matcher q = QUESTION.matcher(user);
        return new PromptSources(texts, q.find() ? q.group(1) : "");
    }

    /** The number of the first source whose text contains {@code needle}. */
    public int containing(String needle) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no retrieved source contains " + needle + " for " + question);
    }

    /** The number of the first source whose text does not contain {@code needle}. */
    public int without(String needle) {
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("every retrieved source contains " + needle);
    }

    /** A sentence of a source (up to its full stop, without it) that contains {@code needle}, and the source's number. */
    public record Quote(int n, String text) {}

    public Quote sentence(String needle) {
        for (int i = 0; i < texts.size(); i++) {
            for (String sentence : texts.get(i).split("[。\n]")) {
                if (sentence.contains(needle) && !sentence.startsWith("-")) {
                    return new Quote(i + 1, sentence.strip());
                }
            }
        }
        throw new AssertionError("no retrieved source has a sentence with " + needle);
    }

    /** The first sentence of source {@code n}, without its full stop. */
    public String first(int n) {
        String text = texts.get(n - 1).strip();
        int end = text.length();
        for (String stop : List.of("。", ". ", "；", "\n")) {
            int at = text.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end).strip();
    }

    public String text(int n) {
        return texts.get(n - 1);
    }

    public int count() {
        return texts.size();
    }
}
