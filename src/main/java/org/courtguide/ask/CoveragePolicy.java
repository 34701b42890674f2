package org.courtguide.ask;

import jakarta.enterprise.context.ApplicationScoped;
import org.courtguide.Language;
import org.courtguide.retrieval.RetrievalResult;

/**
 * Decides whether the guidance covers a question. Dense similarity is the signal that separates on-topic from
 * off-topic questions (BM25 matches any shared word); with no word in common at all the guidance cannot cover it.
 */
@ApplicationScoped
class CoveragePolicy {

    private final AskConfig config;

    CoveragePolicy(AskConfig config) {
        this.config = config;
    }

    boolean covers(RetrievalResult result, Language language) {
        if (result.passages().isEmpty()) {
            return false;
        }
        double threshold = language == Language.ZH ? config.minSimilarityZh() : config.minSimilarityEn();
        return result.bestCosine() >= threshold;
    }
}
