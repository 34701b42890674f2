package org.courtguide.understanding;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One line of the labelled question set ({@code docs/evaluation/questions.jsonl}): the question as people type it,
 * its scope, its parts (each with a question type, the guide sections that answer it and a fact the answer must
 * hold) and whether it belongs to the tuning part or the frozen test part.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledQuestion(
        String id, String split, String language, String scope, List<Part> parts, String question) {

    /** Scopes the guides answer (fully, or the procedural half of a rights question); the others must be declined. */
    public static final List<String> ANSWERED_SCOPES = List.of("procedural", "substantive-rights");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String type, List<String> sections, String fact) {

        /** The fact in any of its accepted spellings ({@code 十五日/15日}). */
        public boolean factIn(String text) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            for (String spelling : fact.split("/")) {
                if (lower.contains(spelling.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    public boolean mustDecline() {
        return !ANSWERED_SCOPES.contains(scope);
    }

    public boolean frozen() {
        return "test".equals(split);
    }
}
