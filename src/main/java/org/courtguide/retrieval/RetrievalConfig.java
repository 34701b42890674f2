package org.courtguide.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the hybrid retriever combines lexical (BM25) and dense (vector) search. */
@ConfigMapping(prefix = "court-guide.retrieval")
public interface RetrievalConfig {

    /** Candidates taken from each of BM25 and dense search before fusion. */
    @WithDefault("60")
    int candidates();

    /** The constant of reciprocal rank fusion: larger values flatten the advantage of the first ranks. */
    @WithDefault("60")
    int rrfK();

    /** Weight of the BM25 ranking in the fusion. */
    @WithDefault("1.0")
    double lexicalWeight();

    /** Weight of the dense ranking in the fusion. */
    @WithDefault("1.0")
    double denseWeight();
}
