package org.courtguide.understanding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a question asks: its scope (with the classifier's confidence), its parts (at most {@value #MAX_PARTS}, each
 * with its own type and the words that ask it), the question's embedding (for choosing sections) and a money amount
 * when the question names one in a currency.
 */
public record Understanding(
        Scope scope, double confidence, List<Part> parts, float[] embedding, Optional<BigDecimal> amount) {

    public static final int MAX_PARTS = 3;

    /** One part of a question: its type, the type's probability and the text that asks it. */
    public record Part(QuestionType type, double confidence, String text) {}

    public QuestionType firstType() {
        return parts.get(0).type();
    }
}
