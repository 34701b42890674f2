package org.courtguide.ask;

/**
 * Body of {@code POST /api/ask}; {@code language} is optional and detected from the question when absent;
 * {@code mode} is optional: {@code "accessible"} asks for a plain-language answer with a glossary.
 */
public record AskRequest(String question, String language, String mode) {

    /** A request in the standard mode. */
    public AskRequest(String question, String language) {
        this(question, language, null);
    }
}
