package org.courtguide.ask;

import jakarta.enterprise.context.ApplicationScoped;

import org.courtguide.web.BadRequestException;
import org.courtguide.Language;
import org.courtguide.web.Localizer;

/** Checks a question before any work is done; the same rules for the API and the form. */
@ApplicationScoped
public class QuestionValidator {

    private final AskConfig config;
    private final Localizer localizer;

    QuestionValidator(AskConfig config, Localizer localizer) {
        this.config = config;
        this.localizer = localizer;
    }

    /** The question stripped of surrounding space, or a 400 in the user's language. */
    public String validate(String question, Language language) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            throw new BadRequestException("empty_question", localizer.messages(language).error_empty(), language);
        }
        if (q.codePointCount(0, q.length()) > config.maxQuestionChars()) {
            throw new BadRequestException("question_too_long",
                    localizer.messages(language).error_too_long(config.maxQuestionChars()), language);
        }
        return q;
    }

    public int maxChars() {
        return config.maxQuestionChars();
    }

    /** The language the user asked for, else the question's own, else the fallback (from the browser or the page). */
    public static Language languageOf(String requested, String question, Language fallback) {
        return Language.parse(requested)
                .orElseGet(() -> question == null || question.isBlank() ? fallback : Language.detect(question));
    }
}
