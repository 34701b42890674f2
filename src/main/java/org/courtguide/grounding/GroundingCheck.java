package org.courtguide.grounding;

import java.util.Locale;

/** The checks a sentence of a model's answer must pass; their names tag the metric and the recorded turn. */
public enum GroundingCheck {
    /** Text from outside the answer: role markers, prompt elements, the prompt's own words, instructions. */
    OUTSIDE_TEXT,
    /** A sentence in another language than the question's. */
    LANGUAGE,
    /** The sentence predicts, decides or guarantees an outcome (the safety rules applied to the answer). */
    OUTCOME,
    /** The sentence cites no source. */
    CITATION,
    /** A number, duration, amount, percentage or date that no source the sentence cites states. */
    NUMBER,
    /** The cited source does not support the sentence (term overlap and embedding similarity too low). */
    SUPPORT;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
