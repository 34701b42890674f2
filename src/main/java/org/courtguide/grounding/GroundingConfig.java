package org.courtguide.grounding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.courtguide.Language;

/**
 * The grounding check of model answers. The support thresholds were chosen by {@code eval-grounding} on the tuning
 * part of {@code docs/evaluation/grounding-pairs.jsonl} (see {@code docs/generative-answers.md}); change them only
 * with a new run of it (run of 2026-12-03, seed 25: docs/reports/eval-grounding.json). A sentence is supported when the share of its terms found in the cited passages is at least
 * the accept overlap; unsupported below the reject overlap; in between, when the cosine similarity of the sentence and
 * a cited passage (in-process bge embeddings) is at least the minimum similarity.
 */
@ConfigMapping(prefix = "court-guide.grounding")
public interface GroundingConfig {

    /** Chinese sentences: share of their character pairs found in the cited passages. */
    @WithDefault("0.28")
    double zhAcceptOverlap();

    @WithDefault("0.28")
    double zhRejectOverlap();

    @WithDefault("0.40")
    double zhMinSimilarity();

    /** English sentences: share of their stemmed content words found in the cited passages. */
    @WithDefault("0.76")
    double enAcceptOverlap();

    @WithDefault("0.51")
    double enRejectOverlap();

    @WithDefault("0.74")
    double enMinSimilarity();

    /**
     * The largest share of an answer's sentences that may be removed; above it the answer no longer says what the
     * model meant to say, and the extractive answer is shown instead.
     */
    @WithDefault("0.5")
    double maxRemovedShare();

    default SupportThresholds support(Language language) {
        return language == Language.ZH
                ? new SupportThresholds(zhAcceptOverlap(), zhRejectOverlap(), zhMinSimilarity())
                : new SupportThresholds(enAcceptOverlap(), enRejectOverlap(), enMinSimilarity());
    }

    record SupportThresholds(double acceptOverlap, double rejectOverlap, double minSimilarity) {}
}
