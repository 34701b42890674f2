package org.courtguide.ask;

/** Body of {@code POST /api/ask}; {@code language} is optional and detected from the question when absent. */
public record AskRequest(String question, String language) {
}
