package org.courtguide.ask;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.courtguide.web.Page;

/**
 * The question page and its two fragments: the page itself ({@link AskPage}), the answers that the form and the stream
 * ({@link AskStream}) both render, and an error in place of an answer.
 */
@CheckedTemplate(basePath = "AskPage")
final class AskTemplates {

    private AskTemplates() {}

    static native TemplateInstance index(
            Page page,
            String question,
            List<AnswerView> answers,
            String error,
            int maxChars,
            List<ExampleQuestion> examples,
            boolean showNotice);

    static native TemplateInstance index$answer(Page page, List<AnswerView> answers);

    static native TemplateInstance index$error(Page page, String error);

    /** A question the empty page offers as a link. */
    record ExampleQuestion(String text, String href) {}
}
