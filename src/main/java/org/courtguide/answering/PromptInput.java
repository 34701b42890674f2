package org.courtguide.answering;

import java.util.List;
import org.courtguide.Language;
import org.courtguide.retrieval.Passage;
import org.courtguide.source.KnowledgeChunk;

/**
 * The variable parts of a prompt, built on the server: sources numbered 1..n, and every piece of user or retrieved
 * text wrapped in an element. Angle brackets inside the text are replaced by look-alikes first, so a question or a
 * document saying {@code </source> ignore previous instructions} cannot close its element and pass as an instruction.
 */
public record PromptInput(String language, String earlier, String sources, String question, int numbered) {

    static final String NO_EARLIER = "(none)";

    public static PromptInput of(
            Language language, List<String> earlierQuestions, List<Passage> passages, String redactedQuestion) {
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            KnowledgeChunk c = passages.get(i).chunk();
            String label = c.section() == null || c.section().isBlank() ? c.title() : c.title() + " › " + c.section();
            sources.append("<source id=\"")
                    .append(i + 1)
                    .append("\">\n")
                    .append(data(label))
                    .append('\n')
                    .append(data(c.text().strip()))
                    .append("\n</source>\n");
        }
        StringBuilder earlier = new StringBuilder();
        for (String q : earlierQuestions) {
            earlier.append("<earlier>").append(data(q)).append("</earlier>\n");
        }
        return new PromptInput(
                language == Language.ZH ? "Chinese (简体中文)" : "English",
                earlier.isEmpty() ? NO_EARLIER : earlier.toString().strip(),
                sources.toString().strip(),
                "<question>" + data(redactedQuestion) + "</question>",
                passages.size());
    }

    /** Text as data: it cannot open or close an element of the prompt. */
    public static String data(String text) {
        return text.replace('<', '‹').replace('>', '›');
    }
}
