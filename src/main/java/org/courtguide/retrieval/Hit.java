package org.courtguide.retrieval;

/**
 * A ranked chunk as fusion and the priors need it: its id, its law's or guide's title and the score of the stage that
 * found it. {@code passage} is the chunk already read, or null when the store reads it later, and only for the hits
 * that make the final list ({@link KnowledgeIndex#passages}): of the 120 candidates two rankings bring, ten are shown.
 */
public record Hit(String chunkId, String title, double score, Passage passage) {

    public static Hit of(Passage passage) {
        return new Hit(passage.chunk().chunkId(), passage.chunk().title(), passage.score(), passage);
    }

    public Hit withScore(double newScore) {
        return new Hit(chunkId, title, newScore, passage);
    }
}
