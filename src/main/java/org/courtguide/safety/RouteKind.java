package org.courtguide.safety;

/**
 * Where a question goes before any answer is composed. {@link SafetyRouter} tries them in the order CRISIS, ABUSE,
 * PREDICTION: a person in danger gets help even when they also ask for a prediction or use rough language.
 */
public enum RouteKind {
    /** Nothing to intercept: answer the procedural question. */
    PROCEED,
    /** Violence, self-harm, a child in danger: emergency numbers and protection-order guidance first. */
    CRISIS,
    /** Asks Court Guide to decide the dispute or predict the outcome: it cannot; procedure is offered instead. */
    PREDICTION,
    /** Abuse aimed at the assistant, or an attempt to manipulate it: a neutral reply, no answer. */
    ABUSE
}
