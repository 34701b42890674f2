package org.courtguide.grounding;

import java.util.Set;

/**
 * What the grounding check decided about one answer.
 *
 * @param outcome shown as written, shown with failing sentences removed, or replaced by the extractive answer
 * @param text the text to show (markers as in the checked text) when not {@link Outcome#FELL_BACK}
 * @param failed the checks that failed, on any sentence (never the text)
 * @param sentences sentences checked
 * @param removed sentences removed
 * @param embedded sentences whose support needed the embedding model
 * @param micros time the check took
 */
public record GroundingVerdict(
        Outcome outcome,
        String text,
        Set<GroundingCheck> failed,
        int sentences,
        int removed,
        int embedded,
        long micros) {

    public enum Outcome {
        PASSED,
        TRIMMED,
        FELL_BACK;

        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean shown() {
        return outcome != Outcome.FELL_BACK;
    }
}
