package org.courtguide.ask;

import java.util.List;
import org.courtguide.Language;
import org.courtguide.safety.Contact;
import org.courtguide.source.SourceDocument.GlossaryEntry;

/**
 * What the user gets back. {@code paragraphs} is the answer body; citation markers {@code [n]} refer to
 * {@code citations}. When {@code abstained} is true the guidance does not cover the question and
 * {@code suggestions} lists the closest guides. A {@link AnswerStyle#PLAIN} answer has one idea per paragraph and may
 * carry a {@code glossary} of the legal terms it uses. A crisis reply carries the {@code emergencyContacts} that fit its
 * kind of crisis, in the order to call them; every other answer none.
 */
public record Answer(
        String traceId,
        Language language,
        List<String> paragraphs,
        List<Citation> citations,
        boolean abstained,
        List<GuideLink> suggestions,
        String notice,
        String answeredBy,
        String knowledgeVersion,
        AnswerStyle style,
        List<GlossaryEntry> glossary,
        List<Contact> emergencyContacts) {

    public Answer {
        // answers stored before emergency contacts existed read back without them
        emergencyContacts = emergencyContacts == null ? List.of() : List.copyOf(emergencyContacts);
    }

    /** An answer that is no crisis reply. */
    public Answer(
            String traceId,
            Language language,
            List<String> paragraphs,
            List<Citation> citations,
            boolean abstained,
            List<GuideLink> suggestions,
            String notice,
            String answeredBy,
            String knowledgeVersion,
            AnswerStyle style,
            List<GlossaryEntry> glossary) {
        this(
                traceId,
                language,
                paragraphs,
                citations,
                abstained,
                suggestions,
                notice,
                answeredBy,
                knowledgeVersion,
                style,
                glossary,
                List.of());
    }

    /** A standard answer, without glossary. */
    public Answer(
            String traceId,
            Language language,
            List<String> paragraphs,
            List<Citation> citations,
            boolean abstained,
            List<GuideLink> suggestions,
            String notice,
            String answeredBy,
            String knowledgeVersion) {
        this(
                traceId,
                language,
                paragraphs,
                citations,
                abstained,
                suggestions,
                notice,
                answeredBy,
                knowledgeVersion,
                AnswerStyle.STANDARD,
                List.of());
    }

    /** The answer as one text: paragraphs apart; a plain answer one idea per line, then its glossary. */
    public String text() {
        if (style != AnswerStyle.PLAIN) {
            return String.join("\n\n", paragraphs);
        }
        String lines = String.join("\n", paragraphs);
        if (glossary.isEmpty()) {
            return lines;
        }
        return lines + "\n\n"
                + String.join(
                        "\n",
                        glossary.stream()
                                .map(g -> g.term() + language.labelSeparator() + g.meaning())
                                .toList());
    }
}
