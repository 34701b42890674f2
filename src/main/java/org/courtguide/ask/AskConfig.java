package org.courtguide.ask;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How questions are answered. */
@ConfigMapping(prefix = "court-guide.ask")
public interface AskConfig {

    /** Longest question accepted, in characters. */
    @WithDefault("2000")
    int maxQuestionChars();

    /** Passages considered when composing an answer. */
    @WithDefault("8")
    int passages();

    /** Most sources cited in one answer. */
    @WithDefault("3")
    int maxCitations();

    /**
     * Below this dense similarity between a Chinese question and the best guide section, the guidance is taken not to
     * cover the question and the assistant abstains. Calibrated on in- and out-of-scope questions (see README).
     */
    @WithDefault("0.55")
    double minSimilarityZh();

    /** The same threshold for English questions, which are embedded by the English model. */
    @WithDefault("0.60")
    double minSimilarityEn();

    /** Longest extract quoted from the best section before it is cut at a sentence end. */
    @WithDefault("700")
    int maxExtractChars();
}
