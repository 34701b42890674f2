package org.courtguide.ask;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.courtguide.Language;
import org.courtguide.web.BadRequestException;
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

    /**
     * Control characters (other than line breaks and tabs), invisible format characters (zero-width, bidirectional
     * overrides that can make stored text read differently to staff) and unpaired surrogates carry no meaning in a
     * question: they are removed before anything else.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\p{Cf}|\\p{Cs}");

    /** The question without invisible characters and surrounding space, or a 400 in the user's language. */
    public String validate(String question, Language language) {
        String q = question == null
                ? ""
                : INVISIBLE.matcher(question).replaceAll("").strip();
        if (q.isEmpty()) {
            throw new BadRequestException(
                    "empty_question", localizer.messages(language).error_empty(), language);
        }
        if (q.codePointCount(0, q.length()) > config.maxQuestionChars()) {
            throw new BadRequestException(
                    "question_too_long",
                    localizer.messages(language).error_too_long(config.maxQuestionChars()),
                    language);
        }
        return q;
    }

    public int maxChars() {
        return config.maxQuestionChars();
    }

    /** The language the user asked for, else the question's own, else the fallback (from the browser or the page). */
    public static Language languageOf(String requested, String question, Language fallback) {
        return Language.parse(requested).orElseGet(() -> {
            String visible = question == null ? "" : INVISIBLE.matcher(question).replaceAll("");
            return visible.isBlank() ? fallback : Language.detect(visible);
        });
    }
}
