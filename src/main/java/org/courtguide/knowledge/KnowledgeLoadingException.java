package org.courtguide.knowledge;

import org.courtguide.Language;

/**
 * The knowledge base is being loaded for the first time, so a search would find little or nothing and an answer would
 * wrongly say the guidance does not cover the question. Shown as a 503 that asks the person to try again shortly.
 */
public class KnowledgeLoadingException extends RuntimeException {

    /** The language of the question, in which the refusal is given (a JSON body is not readable where it is shown). */
    private final transient Language language;

    /** Seconds a client is asked to wait before asking again. */
    public static final int RETRY_SECONDS = 30;

    public KnowledgeLoadingException(Language language) {
        super("knowledge base loading", null, false, false);
        this.language = language;
    }

    public Language language() {
        return language;
    }
}
