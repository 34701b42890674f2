package org.courtguide.trust;

import jakarta.enterprise.context.ApplicationScoped;

import org.courtguide.ask.ExtractiveAnswerer;

/** Names how answers are produced, for the disclosure: the extractive answerer unless a model is configured. */
@ApplicationScoped
public class AnswererDescription {

    public String describe() {
        return ExtractiveAnswerer.ID;
    }
}
