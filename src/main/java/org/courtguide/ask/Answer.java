package org.courtguide.ask;

import java.util.List;

import org.courtguide.Language;

/**
 * What the user gets back. {@code paragraphs} is the answer body; citation markers {@code [n]} refer to
 * {@code citations}. When {@code abstained} is true the guidance does not cover the question and
 * {@code suggestions} lists the closest guides.
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
        String knowledgeVersion) {

    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
