package org.courtguide.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import org.courtguide.answering.GenerativeAnswerer;
import org.courtguide.ask.ExtractiveAnswerer;

/**
 * Names how answers are produced, for the disclosure: the extractive answerer unless a model is configured, and then
 * the model (with the extractive answerer whenever the model's answer is not shown).
 */
@ApplicationScoped
public class AnswererDescription {

    private final GenerativeAnswerer generative;

    AnswererDescription(GenerativeAnswerer generative) {
        this.generative = generative;
    }

    /** Whether a model writes the answers (otherwise they quote the guides). */
    public boolean usesModel() {
        return generative.enabled();
    }

    public String describe() {
        return generative.enabled()
                ? "model:" + generative.modelId() + ", " + ExtractiveAnswerer.ID
                : ExtractiveAnswerer.ID;
    }
}
